package cn.yangguang.web.view;

import java.util.Map;

/**
 * A page to render.
 *
 * @param template the template name under {@code templates/}, without {@code .html}
 * @param model the values the template reads
 */
public record View(String template, Map<String, Object> model) {}
