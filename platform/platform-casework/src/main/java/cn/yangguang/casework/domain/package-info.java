/**
 * The casework domain: a case ({@code CaseFile}) with the Licensing Law's acceptance and decision
 * rules, its applicant (masked outside the module), the standard process templates and item
 * bindings to posts, the BPMN whitelist that guards the shared engine, work items, and the ports to
 * the engine ({@code CaseProcesses}) and to SMS ({@code SmsGateway}). No JDBC, no engine classes.
 */
package cn.yangguang.casework.domain;
