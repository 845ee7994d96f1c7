package cn.yangguang.kernel.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A writer of the canonical, injective byte encoding that entries and anchors are hashed and signed
 * over. Every value is self-delimiting, so a sequence of values written in a fixed order can be
 * decoded in only one way:
 *
 * <ul>
 *   <li>{@code long}: 8 bytes, big-endian two's complement;
 *   <li>{@link UUID}: 16 bytes, most significant half first;
 *   <li>{@link Instant}: epoch seconds as a {@code long}, then nanoseconds as a 4-byte int;
 *   <li>string: one marker byte {@code 0x00} for null, or {@code 0x01} followed by the 4-byte
 *       big-endian length of its strict UTF-8 encoding and those bytes (so null differs from "");
 *   <li>bytes: 4-byte big-endian length, then the bytes.
 * </ul>
 *
 * <p>Strings are encoded strictly: a string with an unpaired surrogate is rejected rather than
 * replaced with {@code ?}, which would let two different strings share an encoding. Not
 * thread-safe; use one instance per encoding.
 */
final class Canonical {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
  private static final HexFormat HEX = HexFormat.of();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

  Canonical putLong(long v) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (v >>> shift));
    }
    return this;
  }

  Canonical putInt(int v) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write(v >>> shift);
    }
    return this;
  }

  Canonical putUuid(UUID v) {
    return putLong(v.getMostSignificantBits()).putLong(v.getLeastSignificantBits());
  }

  Canonical putInstant(Instant v) {
    return putLong(v.getEpochSecond()).putInt(v.getNano());
  }

  Canonical putString(String v) {
    if (v == null) {
      out.write(0);
      return this;
    }
    out.write(1);
    return putBytes(utf8(v));
  }

  Canonical putBytes(byte[] v) {
    putInt(v.length);
    out.write(v, 0, v.length);
    return this;
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  /** True when {@code s} is 64 lower-case hex characters, the form of every hash in a chain. */
  static boolean isHash(String s) {
    return s != null && HEX64.matcher(s).matches();
  }

  static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  static byte[] unhex(String hex) {
    return HEX.parseHex(hex);
  }

  private static byte[] utf8(String s) {
    CharsetEncoder encoder =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer b = encoder.encode(CharBuffer.wrap(s));
      byte[] bytes = new byte[b.remaining()];
      b.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("text is not valid Unicode (unpaired surrogate)", e);
    }
  }
}
