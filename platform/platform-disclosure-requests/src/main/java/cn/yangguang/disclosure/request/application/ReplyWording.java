package cn.yangguang.disclosure.request.application;

import cn.yangguang.disclosure.request.domain.Outcome;

/** What the reply says for each outcome (the wording of Art. 36-39 in a reply letter). */
final class ReplyWording {

  private ReplyWording() {}

  static String of(Outcome o) {
    return switch (o) {
      case ALREADY_PUBLIC -> "你申请的信息已经主动公开，请按本答复所列的获取方式和途径查阅。";
      case PROVIDED -> "你申请的信息予以公开，现随本答复提供。";
      case PARTIAL -> "你申请的信息中可以公开的部分予以提供，其余部分依法不予公开（第三十七条）。";
      case WITHHELD_STATE_SECRET,
          WITHHELD_LAW,
          WITHHELD_SAFETY,
          WITHHELD_THIRD_PARTY,
          WITHHELD_INTERNAL,
          WITHHELD_PROCESS,
          WITHHELD_ENFORCEMENT_FILE,
          WITHHELD_QUERY ->
          "你申请的信息依法不予公开，理由如下。";
      case DOES_NOT_EXIST -> "经检索，本机关没有你申请公开的政府信息。";
      case NOT_HELD -> "你申请的信息不属于本机关负责公开。";
      case NEEDS_NEW_WORK -> "你申请的信息需要本机关对现有信息进行加工、分析，本机关可以不予提供（第三十八条）。";
      case STILL_UNCLEAR -> "经补正后，你的申请内容仍不明确，本机关无法提供。";
      case PETITION -> "你的申请实为信访、投诉、举报，请通过相应渠道提出（第三十九条）。";
      case REPEAT -> "你重复申请公开相同的政府信息，本机关已作出答复且内容未发生变化，不予重复处理。";
      case PUBLICATION -> "你申请的信息为公开出版物，请通过公开渠道获取（第三十九条）。";
      case EXCESSIVE -> "你的申请数量、频次明显超过合理范围且未说明理由或理由不合理，本机关不予处理（第三十五条）。";
      case CONFIRMATION -> "你要求确认或重新出具已获取的信息，不属于政府信息公开申请，本机关不予处理（第三十九条）。";
      case REGISTRATION_RECORDS -> "你申请的工商、不动产登记资料等信息，依照有关法律、行政法规的规定办理。";
      case ABANDONED_NO_SUPPLEMENT -> "你无正当理由逾期未补正，视为放弃申请，本机关不再处理该申请。";
      case ABANDONED_FEE_UNPAID -> "你逾期未按收费通知缴纳信息处理费，视为放弃申请，本机关不再处理该申请。";
      case WITHDRAWN -> "你已撤回申请，本机关终止处理。";
    };
  }
}
