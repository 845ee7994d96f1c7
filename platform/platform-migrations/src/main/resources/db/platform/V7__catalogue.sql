-- The service item catalogue (事项目录). One row per version of an item: a county's items (tenant_id set) and
-- a province's master items (tenant_id NULL, province_code set), read by the counties of that province.
-- The national fields that the platform queries or checks are columns; the rest of the implementation
-- list (conditions, materials, steps, fees, places, channels ...) is one JSON document per version, written
-- and read whole. A version is never changed once published: an edit makes the next version, and running
-- cases keep the version they started with.
CREATE TABLE yg.catalogue_item (
  id               uuid          PRIMARY KEY,
  tenant_id        uuid          REFERENCES yg.tenant (id),
  province_code    char(6),
  item_key         varchar(36)   NOT NULL,
  version          integer       NOT NULL CHECK (version >= 1),
  status           varchar(10)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED', 'SUPERSEDED')),
  name             varchar(200)  NOT NULL,
  item_type        varchar(4)    NOT NULL,
  base_code        varchar(12)   NOT NULL,
  hierarchy        varchar(10)   NOT NULL,
  parent_key       varchar(36),
  department_code  varchar(40),
  exercise_levels  text[]        NOT NULL,
  themes           text[]        NOT NULL,
  takes_applications boolean     NOT NULL,
  case_kind        varchar(10),
  promised_limit   integer,
  promised_unit    varchar(14),
  charged          boolean       NOT NULL,
  online           boolean       NOT NULL,
  master_id        uuid          REFERENCES yg.catalogue_item (id),
  synthetic        boolean       NOT NULL,
  fields           jsonb         NOT NULL,
  created_at       timestamptz   NOT NULL,
  created_by       varchar(100)  NOT NULL,
  published_at     timestamptz,
  retired_at       timestamptz,
  CHECK (tenant_id IS NULL OR province_code IS NULL),
  CHECK (tenant_id IS NOT NULL OR province_code IS NOT NULL)
);
CREATE UNIQUE INDEX catalogue_item_version ON yg.catalogue_item
  (COALESCE(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), COALESCE(province_code, ''), item_key, version);
-- at most one published and one draft version per item
CREATE UNIQUE INDEX catalogue_item_published ON yg.catalogue_item
  (COALESCE(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), COALESCE(province_code, ''), item_key)
  WHERE status = 'PUBLISHED';
CREATE UNIQUE INDEX catalogue_item_draft ON yg.catalogue_item
  (COALESCE(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), COALESCE(province_code, ''), item_key)
  WHERE status = 'DRAFT';
CREATE INDEX catalogue_item_by_department ON yg.catalogue_item (tenant_id, department_code, status);
SELECT yg.enable_shared_rls('yg.catalogue_item');

-- An import in progress or done: progress for the page that watches it, and the validation report.
CREATE TABLE yg.catalogue_import (
  tenant_id    uuid          NOT NULL REFERENCES yg.tenant (id),
  id           uuid          NOT NULL,
  file_name    varchar(200)  NOT NULL,
  status       varchar(10)   NOT NULL CHECK (status IN ('RUNNING', 'REJECTED', 'APPLIED', 'FAILED')),
  total_rows   integer       NOT NULL,
  done_rows    integer       NOT NULL,
  problems     jsonb         NOT NULL,
  started_at   timestamptz   NOT NULL,
  finished_at  timestamptz,
  started_by   varchar(100)  NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
SELECT yg.enable_tenant_rls('yg.catalogue_import');

-- The catalogue's code lists, national entries. A province adds its own through the operator API (e.g. an
-- item type 行政备案); the validator accepts a code or its Chinese label.
SELECT yg.allow_owner_maintenance('yg.code_list_entry');
INSERT INTO yg.code_list_entry (id, tenant_id, province_code, list_code, code, label_zh, label_en, sort_order) VALUES
  (gen_random_uuid(), NULL, NULL, 'catalogue.item-type', '01', '行政许可', 'Administrative licensing', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.item-type', '02', '行政处罚', 'Administrative penalty', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.item-type', '03', '行政强制', 'Administrative coercion', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.item-type', '04', '行政征收', 'Administrative levy', 4),
  (gen_random_uuid(), NULL, NULL, 'catalogue.item-type', '05', '行政给付', 'Administrative benefit', 5),
  (gen_random_uuid(), NULL, NULL, 'catalogue.item-type', '06', '行政检查', 'Administrative inspection', 6),
  (gen_random_uuid(), NULL, NULL, 'catalogue.item-type', '07', '行政确认', 'Administrative confirmation', 7),
  (gen_random_uuid(), NULL, NULL, 'catalogue.item-type', '08', '行政奖励', 'Administrative reward', 8),
  (gen_random_uuid(), NULL, NULL, 'catalogue.item-type', '09', '行政裁决', 'Administrative adjudication', 9),
  (gen_random_uuid(), NULL, NULL, 'catalogue.item-type', '20', '其他行政权力', 'Other administrative power', 10),
  (gen_random_uuid(), NULL, NULL, 'catalogue.item-type', '21', '公共服务', 'Public service', 11),
  (gen_random_uuid(), NULL, NULL, 'catalogue.hierarchy', 'MAIN', '主项', 'Main item', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.hierarchy', 'SUB', '子项', 'Sub-item', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.hierarchy', 'HANDLING', '业务办理项', 'Handling item', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.handling-kind', 'NEW', '新设', 'New', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.handling-kind', 'CHANGE', '变更', 'Change', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.handling-kind', 'RENEW', '延续', 'Renewal', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.handling-kind', 'CANCEL', '注销', 'Cancellation', 4),
  (gen_random_uuid(), NULL, NULL, 'catalogue.body-nature', 'STATUTORY_ORGAN', '法定机关', 'Statutory organ', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.body-nature', 'AUTHORIZED_ORG', '授权组织', 'Authorized organization', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.body-nature', 'ENTRUSTED_ORG', '受委托组织', 'Entrusted organization', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.power-source', 'STATUTORY', '法定本级行使', 'Statutory, exercised at this level', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.power-source', 'DELEGATED_DOWN', '上级下放', 'Delegated down by the level above', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.power-source', 'AUTHORIZED_UP', '上级授权', 'Authorized by the level above', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.power-source', 'AUTHORIZED_PEER', '同级授权', 'Authorized by a peer', 4),
  (gen_random_uuid(), NULL, NULL, 'catalogue.power-source', 'ENTRUSTED_UP', '上级委托', 'Entrusted by the level above', 5),
  (gen_random_uuid(), NULL, NULL, 'catalogue.power-source', 'ENTRUSTED_PEER', '同级委托', 'Entrusted by a peer', 6),
  (gen_random_uuid(), NULL, NULL, 'catalogue.exercise-level', 'NATIONAL', '国家级', 'National', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.exercise-level', 'PROVINCE', '省级', 'Provincial', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.exercise-level', 'CITY', '市级', 'Prefectural', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.exercise-level', 'COUNTY', '县级', 'County', 4),
  (gen_random_uuid(), NULL, NULL, 'catalogue.exercise-level', 'TOWNSHIP', '镇(乡、街道)级', 'Township', 5),
  (gen_random_uuid(), NULL, NULL, 'catalogue.exercise-level', 'VILLAGE', '村(社区)级', 'Village', 6),
  (gen_random_uuid(), NULL, NULL, 'catalogue.exercise-level', 'TIERED', '分级管理', 'Tiered', 7),
  (gen_random_uuid(), NULL, NULL, 'catalogue.service-object', 'NATURAL_PERSON', '自然人', 'Natural person', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.service-object', 'ENTERPRISE', '企业法人', 'Enterprise legal person', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.service-object', 'INSTITUTION', '事业法人', 'Public institution', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.service-object', 'SOCIAL_ORG', '社会组织法人', 'Social organization', 4),
  (gen_random_uuid(), NULL, NULL, 'catalogue.service-object', 'UNINCORPORATED', '非法人企业', 'Unincorporated enterprise', 5),
  (gen_random_uuid(), NULL, NULL, 'catalogue.service-object', 'ADMIN_ORGAN', '行政机关', 'Administrative organ', 6),
  (gen_random_uuid(), NULL, NULL, 'catalogue.service-object', 'OTHER', '其他组织', 'Other organization', 7),
  (gen_random_uuid(), NULL, NULL, 'catalogue.case-kind', 'IMMEDIATE', '即办件', 'Immediate', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.case-kind', 'PROMISED', '承诺件', 'Promised', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.time-unit', 'WORKING_DAYS', '工作日', 'Working days', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.time-unit', 'NATURAL_DAYS', '自然日', 'Calendar days', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.time-unit', 'HOURS', '小时', 'Hours', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.handling-form', 'WINDOW', '窗口办理', 'At a window', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.handling-form', 'ONLINE', '网上办理', 'Online', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.handling-form', 'POSTAL', '快递申请', 'By post', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.online-depth', '1', '互联网咨询', 'Online consultation', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.online-depth', '2', '收件', 'Online submission', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.online-depth', '3', '预审', 'Online pre-review', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.online-depth', '4', '受理', 'Online acceptance', 4),
  (gen_random_uuid(), NULL, NULL, 'catalogue.online-depth', '5', '办理', 'Online handling', 5),
  (gen_random_uuid(), NULL, NULL, 'catalogue.online-depth', '6', '结果信息反馈', 'Result notice online', 6),
  (gen_random_uuid(), NULL, NULL, 'catalogue.online-depth', '7', '电子证照反馈', 'Electronic licence', 7),
  (gen_random_uuid(), NULL, NULL, 'catalogue.online-depth', '8', '其他', 'Other', 8),
  (gen_random_uuid(), NULL, NULL, 'catalogue.scope', 'NATIONAL', '全国', 'Nationwide', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.scope', 'PROVINCE', '全省', 'Province-wide', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.scope', 'CITY', '全市', 'Prefecture-wide', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.scope', 'COUNTY', '全县', 'County-wide', 4),
  (gen_random_uuid(), NULL, NULL, 'catalogue.scope', 'TOWNSHIP', '全镇', 'Township-wide', 5),
  (gen_random_uuid(), NULL, NULL, 'catalogue.scope', 'CROSS_VILLAGE', '跨村(社区)', 'Across villages', 6),
  (gen_random_uuid(), NULL, NULL, 'catalogue.result-type', 'LICENCE', '证照', 'Licence', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.result-type', 'APPROVAL', '批文', 'Approval document', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.result-type', 'OTHER', '其他', 'Other', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.result-type', 'NONE', '无', 'None', 4),
  (gen_random_uuid(), NULL, NULL, 'catalogue.theme', 'NATURAL_PERSON', '自然人', 'Individuals', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.theme', 'LEGAL_PERSON', '法人', 'Organizations', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.material-form', 'ORIGINAL', '原件', 'Original', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.material-form', 'COPY', '复印件', 'Copy', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.material-form', 'ORIGINAL_AND_COPY', '原件和复印件', 'Original and copy', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.material-form', 'ELECTRONIC', '电子件', 'Electronic', 4),
  (gen_random_uuid(), NULL, NULL, 'catalogue.material-source', 'APPLICANT', '申请人自备', 'Applicant', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.material-source', 'GOVERNMENT', '政府部门核发', 'Issued by government', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.material-source', 'OTHER', '其他', 'Other', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.necessity', 'REQUIRED', '必要', 'Required', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.necessity', 'OPTIONAL', '非必要', 'Optional', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.necessity', 'DEFERRABLE', '容缺', 'Deferrable', 3),
  (gen_random_uuid(), NULL, NULL, 'catalogue.status', 'DRAFT', '草稿', 'Draft', 1),
  (gen_random_uuid(), NULL, NULL, 'catalogue.status', 'PUBLISHED', '已发布', 'Published', 2),
  (gen_random_uuid(), NULL, NULL, 'catalogue.status', 'RETIRED', '已废止', 'Retired', 3);
