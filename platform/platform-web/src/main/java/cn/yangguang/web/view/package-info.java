/**
 * Server-rendered pages: a resource returns a {@link cn.yangguang.web.view.View} (template name and
 * model) and {@link cn.yangguang.web.view.ViewWriter} renders it with Thymeleaf in the request's
 * locale. Texts come from the {@code i18n/messages} bundles: zh-CN by default, English on request
 * ({@code ?lang=en}, a cookie, or Accept-Language).
 */
package cn.yangguang.web.view;
