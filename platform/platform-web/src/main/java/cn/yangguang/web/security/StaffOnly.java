package cn.yangguang.web.security;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks routes under {@code /t/{slug}/} that only the county's staff may call: members of its
 * organization holding an active staff row with a role there, and, when {@link #value} names roles,
 * one of those. Checked against the platform tables on every request.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface StaffOnly {

  /** The roles any one of which admits the caller; empty admits every role. */
  String[] value() default {};
}
