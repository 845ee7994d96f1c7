package cn.yangguang.disclosure.domain;

/**
 * What is wrong with one input field.
 *
 * @param field the field's path, e.g. {@code title} or {@code lines[3].amount}
 * @param message what is wrong, for people
 */
public record FieldProblem(String field, String message) {}
