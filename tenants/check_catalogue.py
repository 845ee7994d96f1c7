#!/usr/bin/env python3
"""Standalone checker for a county's 事项目录 CSV (docs/catalogue-format.md).

Usage:
    python3 tenants/check_catalogue.py tenants/jianshi/catalogue.csv [more.csv ...]
    python3 tenants/check_catalogue.py --manifest tenants/jianshi/tenant.yaml some.csv

It checks the exact header row, the required columns, every enumeration and
format, and the cross-field checks of the provincial data checker. Each problem
is printed as `row N, column X: reason` (header = row 1). When a tenant.yaml
sits next to the CSV (or is given with --manifest), 实施主体 must be one of
that manifest's department codes. Exit status: 0 when no problems, 1 otherwise.

Python 3 standard library only.
"""

import csv
import io
import os
import re
import sys

HEADER = [
    "实施编码", "事项名称", "事项类型", "基本编码", "业务办理项编码", "事项层级", "上级实施编码",
    "办理项类型", "实施主体", "实施主体性质", "委托部门", "权力来源", "行使层级", "设定依据",
    "服务对象", "受理条件", "办件类型", "法定办结时限", "法定时限单位", "法定时限说明",
    "承诺办结时限", "承诺时限单位", "承诺时限说明", "是否收费", "收费依据", "收费标准",
    "办理形式", "到办事现场次数", "现场办理原因说明", "是否网办", "网上办理深度", "网办地址",
    "网上支付", "物流快递", "预约办理", "通办范围", "联办机构", "中介服务", "数量限制",
    "办理地点", "办理时间", "咨询方式", "监督投诉方式", "特别程序", "审批结果类型",
    "审批结果名称", "主题分类", "办理流程", "申请材料", "事项状态", "数据来源", "省级目录编码",
]

SEP = "；"  # multi-value separator (full-width semicolon)

ITEM_TYPES = {
    "行政许可": "01", "行政处罚": "02", "行政强制": "03", "行政征收": "04", "行政给付": "05",
    "行政检查": "06", "行政确认": "07", "行政奖励": "08", "行政裁决": "09",
    "其他行政权力": "20", "公共服务": "21",
}
CODE_TO_TYPE = {v: k for k, v in ITEM_TYPES.items()}
EX_OFFICIO = {"行政处罚", "行政强制", "行政检查", "行政征收"}

LEVELS = {"主项", "子项", "业务办理项"}
BIZ_KINDS = {"新设", "变更", "延续", "注销"}
NATURES = {"法定机关", "授权组织", "受委托组织"}
SOURCES = {"法定本级行使", "上级下放", "上级授权", "同级授权", "上级委托", "同级委托"}
EXERCISE_LEVELS = {"国家级", "省级", "市级", "县级", "镇(乡、街道)级", "村(社区)级", "分级管理"}
TARGETS = {"自然人", "企业法人", "事业法人", "社会组织法人", "非法人企业", "行政机关", "其他组织"}
CASE_KINDS = {"即办件", "承诺件"}
UNITS = {"工作日", "自然日", "小时"}
YES_NO = {"是", "否"}
FORMS = {"窗口办理", "网上办理", "快递申请"}
DEPTH_NAMES = {
    "互联网咨询": 1, "收件": 2, "预审": 3, "受理": 4, "办理": 5,
    "结果信息反馈": 6, "电子证照反馈": 7, "其他": 8,
}
SCOPES = {"全国", "全省", "全市", "全县", "全镇", "跨村(社区)"}
RESULT_TYPES = {"证照", "批文", "其他", "无"}
THEMES = {"自然人", "法人"}
MATERIAL_FORMS = {"原件", "复印件", "原件和复印件", "电子件"}
MATERIAL_SOURCES = {"申请人自备", "政府部门核发", "其他"}
MATERIAL_NEED = {"必要", "非必要", "容缺"}
STATUSES = {"草稿", "已发布", "已废止"}
DATA_SOURCES = {"公开来源", "合成"}

ALWAYS_REQUIRED = [
    "实施编码", "事项名称", "事项类型", "基本编码", "事项层级", "实施主体", "实施主体性质",
    "权力来源", "行使层级", "设定依据", "服务对象", "是否收费", "是否网办", "咨询方式",
    "监督投诉方式", "主题分类",
]
# columns required for items that take applications (every type except the ex-officio ones)
APPLICATION_REQUIRED = [
    "受理条件", "办件类型", "法定办结时限", "承诺办结时限", "办理形式", "到办事现场次数",
    "办理地点", "办理时间", "审批结果类型", "办理流程",
]
# columns that must be empty for ex-officio items (format doc, last cross-field check)
EX_OFFICIO_EMPTY = [
    "办件类型", "法定办结时限", "法定时限单位", "承诺办结时限", "承诺时限单位", "办理形式",
    "办理流程", "申请材料",
]

IMPL_CODE_RE = re.compile(r"^[0-9A-Za-z-]{1,36}$")
BASIC_CODE_RE = re.compile(r"^[0-9A-Z]{1,12}$")
DEPT_CODE_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,39}$")
STEP_RE = re.compile(r"^(?P<name>[^()（）→]+)\((?P<days>\d+)\)$")
URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
INT_RE = re.compile(r"^\d+$")


def split_multi(value):
    return [v.strip() for v in value.split(SEP)] if value else []


def read_manifest_departments(path):
    """Department codes of a tenant.yaml, read without a YAML library.

    Takes the `- code:` entries at list indentation inside the top-level
    `departments:` block (posts are nested deeper and are skipped)."""
    codes = set()
    in_block = False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if re.match(r"^\S", line):
                in_block = line.startswith("departments:")
                continue
            if in_block:
                m = re.match(r"^  - code:\s*\"?([a-z0-9][a-z0-9-]*)\"?\s*$", line)
                if m:
                    codes.add(m.group(1))
    return codes


class Checker:
    def __init__(self, departments=None):
        self.departments = departments
        self.problems = []

    def add(self, row, column, reason):
        self.problems.append((row, column, reason))

    def check_file(self, path):
        with open(path, "rb") as fh:
            raw = fh.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            self.add(1, "-", "file is not UTF-8: %s" % exc)
            return
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            rows = list(reader)
        except csv.Error as exc:
            self.add(reader.line_num, "-", "not valid RFC 4180 CSV: %s" % exc)
            return
        if not rows:
            self.add(1, "-", "empty file: the header row is missing")
            return
        header = rows[0]
        if header != HEADER:
            missing = [h for h in HEADER if h not in header]
            extra = [h for h in header if h not in HEADER]
            detail = []
            if missing:
                detail.append("missing " + "、".join(missing))
            if extra:
                detail.append("unknown " + "、".join(extra))
            if not missing and not extra:
                detail.append("columns are not in the documented order")
            self.add(1, "-", "header row differs from the format doc: " + "; ".join(detail))
            return

        records = []
        for index, cells in enumerate(rows[1:], start=2):
            if len(cells) == 1 and cells[0] == "":
                self.add(index, "-", "blank line")
                continue
            if len(cells) != len(HEADER):
                self.add(index, "-", "has %d cells, the header has %d" % (len(cells), len(HEADER)))
                continue
            records.append((index, dict(zip(HEADER, [c.strip() for c in cells]))))

        seen_codes = {}
        for index, rec in records:
            code = rec["实施编码"]
            if code:
                if code in seen_codes:
                    self.add(index, "实施编码", "duplicate of row %d" % seen_codes[code])
                else:
                    seen_codes[code] = index
        for index, rec in records:
            self.check_row(index, rec, seen_codes)

    # ------------------------------------------------------------------ row checks
    def check_row(self, n, r, codes):
        add = self.add
        for col in ALWAYS_REQUIRED:
            if not r[col]:
                add(n, col, "required")

        if r["实施编码"] and not IMPL_CODE_RE.match(r["实施编码"]):
            add(n, "实施编码", "must be at most 36 characters of [0-9A-Za-z-]")
        if len(r["事项名称"]) > 200:
            add(n, "事项名称", "longer than 200 characters")

        item_type = r["事项类型"]
        if item_type in CODE_TO_TYPE:
            item_type = CODE_TO_TYPE[item_type]
        elif item_type and item_type not in ITEM_TYPES:
            add(n, "事项类型", "unknown type %r" % r["事项类型"])
            item_type = None

        if r["基本编码"] and not BASIC_CODE_RE.match(r["基本编码"]):
            add(n, "基本编码", "must be at most 12 characters of [0-9A-Z]")
        if len(r["业务办理项编码"]) > 50:
            add(n, "业务办理项编码", "longer than 50 characters")

        level = r["事项层级"]
        if level and level not in LEVELS:
            add(n, "事项层级", "must be one of 主项、子项、业务办理项")
        parent = r["上级实施编码"]
        if level in ("子项", "业务办理项"):
            if not parent:
                add(n, "上级实施编码", "required for %s" % level)
            elif parent not in codes:
                add(n, "上级实施编码", "no row has 实施编码 %s" % parent)
            elif codes[parent] >= n:
                add(n, "上级实施编码", "parent %s must come before its children (it is on row %d)"
                    % (parent, codes[parent]))
            elif parent == r["实施编码"]:
                add(n, "上级实施编码", "an item cannot be its own parent")
        elif level == "主项" and parent:
            add(n, "上级实施编码", "a 主项 has no parent")
        if level == "业务办理项":
            if not r["办理项类型"]:
                add(n, "办理项类型", "required for 业务办理项")
            elif r["办理项类型"] not in BIZ_KINDS:
                add(n, "办理项类型", "must be one of 新设、变更、延续、注销")
        elif r["办理项类型"] and r["办理项类型"] not in BIZ_KINDS:
            add(n, "办理项类型", "must be one of 新设、变更、延续、注销")

        dept = r["实施主体"]
        if dept:
            if not DEPT_CODE_RE.match(dept):
                add(n, "实施主体", "must be a department code such as jsx-fgj")
            elif self.departments is not None and dept not in self.departments:
                add(n, "实施主体", "%s is not a department of this county's manifest" % dept)
        self.enum(n, r, "实施主体性质", NATURES)
        if r["实施主体性质"] == "受委托组织" and not r["委托部门"]:
            add(n, "委托部门", "required when 实施主体性质 is 受委托组织")
        self.enum(n, r, "权力来源", SOURCES)
        self.multi(n, r, "行使层级", EXERCISE_LEVELS)
        self.multi(n, r, "服务对象", TARGETS)
        self.multi(n, r, "主题分类", THEMES)

        takes_applications = item_type is not None and item_type not in EX_OFFICIO
        if item_type in EX_OFFICIO:
            for col in EX_OFFICIO_EMPTY:
                if r[col]:
                    add(n, col, "must be empty: %s is ex officio and takes no applications" % item_type)
        if takes_applications:
            for col in APPLICATION_REQUIRED:
                if not r[col]:
                    add(n, col, "required for an item taking applications")

        self.enum(n, r, "办件类型", CASE_KINDS)
        statutory = self.integer(n, r, "法定办结时限", 0, None)
        promised = self.integer(n, r, "承诺办结时限", 0, None)
        for limit_col, unit_col in (("法定办结时限", "法定时限单位"), ("承诺办结时限", "承诺时限单位")):
            if r[limit_col] and not r[unit_col]:
                add(n, unit_col, "required with a limit")
            self.enum(n, r, unit_col, UNITS)
        if r["办件类型"] == "即办件" and promised is not None and promised != 0:
            add(n, "承诺办结时限", "an 即办件 has a promised limit of 0")
        if r["办件类型"] == "承诺件" and promised == 0:
            add(n, "办件类型", "a promised limit of 0 makes it an 即办件")
        if (statutory is not None and promised is not None
                and r["法定时限单位"] and r["法定时限单位"] == r["承诺时限单位"]
                and promised > statutory):
            add(n, "承诺办结时限", "promised limit %d exceeds the statutory limit %d %s"
                % (promised, statutory, r["法定时限单位"]))

        self.enum(n, r, "是否收费", YES_NO)
        if r["是否收费"] == "是":
            for col in ("收费依据", "收费标准"):
                if not r[col]:
                    add(n, col, "required when the item is charged")
        self.multi(n, r, "办理形式", FORMS)
        visits = self.integer(n, r, "到办事现场次数", 0, 5)
        if visits is not None and visits > 0 and not r["现场办理原因说明"]:
            add(n, "现场办理原因说明", "required when site visits > 0")

        self.enum(n, r, "是否网办", YES_NO)
        depth = set()
        if r["网上办理深度"]:
            for value in split_multi(r["网上办理深度"]):
                if INT_RE.match(value) and 1 <= int(value) <= 8:
                    depth.add(int(value))
                elif value in DEPTH_NAMES:
                    depth.add(DEPTH_NAMES[value])
                else:
                    add(n, "网上办理深度", "unknown depth %r (1-8 or its name)" % value)
        if r["是否网办"] == "是" and not r["网上办理深度"]:
            add(n, "网上办理深度", "required when the item is online")
        if r["网办地址"] and not URL_RE.match(r["网办地址"]):
            add(n, "网办地址", "not a URL")
        for col in ("网上支付", "物流快递", "预约办理"):
            self.enum(n, r, col, YES_NO)
        self.enum(n, r, "通办范围", SCOPES)
        self.enum(n, r, "审批结果类型", RESULT_TYPES)
        if r["审批结果类型"] and r["审批结果类型"] != "无" and not r["审批结果名称"]:
            add(n, "审批结果名称", "required when the result type is not 无")
        self.enum(n, r, "事项状态", STATUSES)
        self.enum(n, r, "数据来源", DATA_SOURCES)

        # cross-field checks
        if {4, 5} <= depth and visits is not None and visits != 0:
            add(n, "到办事现场次数", "online depth includes 4 受理 and 5 办理 (level IV): site visits must be 0")
        if visits == 0 and r["是否网办"] == "否" and r["物流快递"] != "是":
            add(n, "物流快递", "0 site visits and not online: postal application must be supported (是)")
        if r["是否收费"] == "否" and r["网上支付"] == "是":
            add(n, "网上支付", "not charged, so no online payment")

        steps_total = self.steps(n, r)
        if steps_total is not None and promised is not None and steps_total > promised:
            add(n, "办理流程", "step days sum to %d, above the promised limit %d" % (steps_total, promised))
        self.materials(n, r)

    # ------------------------------------------------------------------ helpers
    def enum(self, n, r, col, allowed):
        if r[col] and r[col] not in allowed:
            self.add(n, col, "%r is not one of %s" % (r[col], "、".join(sorted(allowed))))

    def multi(self, n, r, col, allowed):
        if not r[col]:
            return
        values = split_multi(r[col])
        for v in values:
            if v not in allowed:
                self.add(n, col, "%r is not one of %s (separate values with ；)" % (v, "、".join(sorted(allowed))))
        if len(set(values)) != len(values):
            self.add(n, col, "a value is repeated")

    def integer(self, n, r, col, low, high):
        value = r[col]
        if not value:
            return None
        if not INT_RE.match(value):
            self.add(n, col, "must be a whole number")
            return None
        number = int(value)
        if number < low or (high is not None and number > high):
            self.add(n, col, "must be between %d and %s" % (low, high if high is not None else "∞"))
            return None
        return number

    def steps(self, n, r):
        value = r["办理流程"]
        if not value:
            return None
        total = 0
        for step in value.split("→"):
            m = STEP_RE.match(step.strip())
            if not m:
                self.add(n, "办理流程", "step %r is not name(days)" % step)
                return None
            total += int(m.group("days"))
        return total

    def materials(self, n, r):
        value = r["申请材料"]
        if not value:
            return
        for item in value.split(SEP):
            parts = item.split("|")
            if len(parts) != 5:
                self.add(n, "申请材料", "%r is not name|form|copies|source|necessity" % item)
                continue
            name, form, copies, source, need = [p.strip() for p in parts]
            if not name:
                self.add(n, "申请材料", "a material has no name")
            if form not in MATERIAL_FORMS:
                self.add(n, "申请材料", "%s: form %r is not one of %s" % (name, form, "、".join(sorted(MATERIAL_FORMS))))
            if not INT_RE.match(copies):
                self.add(n, "申请材料", "%s: copies %r is not a whole number" % (name, copies))
            if source not in MATERIAL_SOURCES:
                self.add(n, "申请材料", "%s: source %r is not one of %s" % (name, source, "、".join(sorted(MATERIAL_SOURCES))))
            if need not in MATERIAL_NEED:
                self.add(n, "申请材料", "%s: necessity %r is not one of %s" % (name, need, "、".join(sorted(MATERIAL_NEED))))


def main(argv):
    args = list(argv)
    manifest = None
    if "--manifest" in args:
        i = args.index("--manifest")
        try:
            manifest = args[i + 1]
        except IndexError:
            print("--manifest needs a path", file=sys.stderr)
            return 2
        del args[i:i + 2]
    if not args:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    total = 0
    for path in args:
        departments = None
        manifest_path = manifest or os.path.join(os.path.dirname(os.path.abspath(path)), "tenant.yaml")
        if os.path.exists(manifest_path):
            departments = read_manifest_departments(manifest_path)
        checker = Checker(departments)
        checker.check_file(path)
        for row, column, reason in sorted(checker.problems, key=lambda p: p[0]):
            print("%s: row %d, column %s: %s" % (path, row, column, reason))
        print("%s: %d problem%s" % (path, len(checker.problems), "" if len(checker.problems) == 1 else "s"))
        total += len(checker.problems)
    return 0 if total == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
