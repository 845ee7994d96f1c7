package cn.yangguang.catalogue.domain;

import java.util.Optional;

/**
 * The catalogue's code lists as one county sees them (national, province and county entries).
 * Immutable snapshot; thread-safe.
 */
public interface CodeBook {

  /** The code a cell means: the code itself, or the code whose Chinese label it is. */
  Optional<String> code(String list, String codeOrLabel);

  /** The Chinese label of a code, or the code itself when the list does not know it. */
  String label(String list, String code);

  /** The English label of a code, or the Chinese one when it has none. */
  String labelEn(String list, String code);
}
