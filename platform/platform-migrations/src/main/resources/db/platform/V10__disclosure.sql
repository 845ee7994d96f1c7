-- Government information disclosure (政务公开), publishing side. ADRs 0029-0033.

-- Disclosure columns (公开栏目). Template rows are shared (tenant_id NULL): national (province_code NULL) or a
-- province's own, which replaces the national template for its counties. A county's rows customise the
-- template by code: a row with a template's code renames, moves or hides it; a new code adds a column.
CREATE TABLE yg.disclosure_column (
  id             uuid          PRIMARY KEY,
  tenant_id      uuid          REFERENCES yg.tenant (id),
  province_code  char(6),
  code           varchar(40)   NOT NULL CHECK (code ~ '^[a-z][a-z0-9-]{0,39}$'),
  parent_code    varchar(40),
  kind           varchar(12)   NOT NULL CHECK (kind IN ('PARTY', 'GOVERNMENT', 'AFFAIRS', 'ENTERPRISE', 'VILLAGE', 'JUDICIAL')),
  name_zh        varchar(100)  NOT NULL,
  name_en        varchar(150),
  sort_order     integer       NOT NULL DEFAULT 0,
  hidden         boolean       NOT NULL DEFAULT false,
  CHECK (tenant_id IS NULL OR province_code IS NULL)
);
CREATE UNIQUE INDEX disclosure_column_key ON yg.disclosure_column
  (COALESCE(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), COALESCE(province_code, ''), code);
SELECT yg.enable_shared_rls('yg.disclosure_column');
SELECT yg.allow_owner_maintenance('yg.disclosure_column');

INSERT INTO yg.disclosure_column (id, code, parent_code, kind, name_zh, name_en, sort_order) VALUES
  (gen_random_uuid(), 'party', NULL, 'PARTY', '党务公开', 'Party affairs', 10),
  (gen_random_uuid(), 'government', NULL, 'GOVERNMENT', '政务公开', 'Government affairs', 20),
  (gen_random_uuid(), 'policy', 'government', 'GOVERNMENT', '政策文件', 'Policy documents', 21),
  (gen_random_uuid(), 'planning', 'government', 'GOVERNMENT', '规划计划', 'Plans', 22),
  (gen_random_uuid(), 'funds', 'government', 'GOVERNMENT', '财政预决算', 'Budgets and final accounts', 23),
  (gen_random_uuid(), 'personnel', 'government', 'GOVERNMENT', '人事信息', 'Personnel', 24),
  (gen_random_uuid(), 'annual-report', 'government', 'GOVERNMENT', '政府信息公开年报', 'Annual disclosure reports', 25),
  (gen_random_uuid(), 'affairs', NULL, 'AFFAIRS', '事务公开', 'Public services', 30),
  (gen_random_uuid(), 'education', 'affairs', 'AFFAIRS', '教育', 'Education', 31),
  (gen_random_uuid(), 'health', 'affairs', 'AFFAIRS', '卫生健康', 'Health', 32),
  (gen_random_uuid(), 'enterprise', NULL, 'ENTERPRISE', '厂务公开', 'State enterprises', 40),
  (gen_random_uuid(), 'village', NULL, 'VILLAGE', '村务公开', 'Village affairs', 50),
  (gen_random_uuid(), 'judicial', NULL, 'JUDICIAL', '司法公开', 'Judicial affairs', 60);

-- A county's settings: the index-number rule (索引号), e.g. {body}/{year}-{seq:5}.
CREATE TABLE yg.disclosure_settings (
  tenant_id   uuid          NOT NULL REFERENCES yg.tenant (id),
  index_rule  varchar(100)  NOT NULL,
  updated_at  timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id)
);
SELECT yg.enable_tenant_rls('yg.disclosure_settings');

-- The sequence part of index numbers, per agency and year; taken with one upsert so two officers never get
-- the same number.
CREATE TABLE yg.disclosure_sequence (
  tenant_id    uuid         NOT NULL REFERENCES yg.tenant (id),
  agency_code  varchar(40)  NOT NULL,
  year         integer      NOT NULL,
  last_value   integer      NOT NULL CHECK (last_value >= 1),
  PRIMARY KEY (tenant_id, agency_code, year)
);
SELECT yg.enable_tenant_rls('yg.disclosure_sequence');

-- Documents. agency_code is a department's or a township's code of the county (the catalogue per agency).
CREATE TABLE yg.disclosure_document (
  tenant_id        uuid          NOT NULL REFERENCES yg.tenant (id),
  id               uuid          NOT NULL,
  index_number     varchar(80)   NOT NULL,
  column_code      varchar(40)   NOT NULL,
  agency_code      varchar(40)   NOT NULL,
  title            varchar(300)  NOT NULL,
  body             text          NOT NULL,
  kind             varchar(10)   NOT NULL CHECK (kind IN ('RULE', 'NORMATIVE', 'OTHER')),
  document_number  varchar(100),
  issuing_agency   varchar(200)  NOT NULL,
  subject          varchar(40)   NOT NULL,
  formed_on        date          NOT NULL,
  status           varchar(10)   NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'WITHDRAWN')),
  validity         varchar(10)   NOT NULL CHECK (validity IN ('IN_FORCE', 'REPEALED')),
  repealed_by      uuid,
  published_at     timestamptz,
  withdrawn_at     timestamptz,
  review_note      varchar(500),
  clock_id         uuid,
  created_by       varchar(100)  NOT NULL,
  created_at       timestamptz   NOT NULL,
  updated_at       timestamptz   NOT NULL,
  version          integer       NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, index_number),
  CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL),
  CHECK (validity = 'IN_FORCE' OR repealed_by IS NOT NULL)
);
CREATE INDEX disclosure_document_column ON yg.disclosure_document (tenant_id, status, column_code, published_at DESC);
CREATE INDEX disclosure_document_agency ON yg.disclosure_document (tenant_id, agency_code, status);
SELECT yg.enable_tenant_rls('yg.disclosure_document');

CREATE TABLE yg.disclosure_attachment (
  tenant_id    uuid          NOT NULL REFERENCES yg.tenant (id),
  document_id  uuid          NOT NULL,
  file_id      uuid          NOT NULL,
  name         varchar(200)  NOT NULL,
  position     integer       NOT NULL,
  PRIMARY KEY (tenant_id, document_id, file_id),
  FOREIGN KEY (tenant_id, document_id) REFERENCES yg.disclosure_document (tenant_id, id)
);
SELECT yg.enable_tenant_rls('yg.disclosure_attachment');

-- Funds tables (公开到项): budgets, final accounts and 三公经费, line by line. A line's amount equals the sum of
-- its children's (checked before anything is stored); the table is public when its document is.
CREATE TABLE yg.disclosure_funds_table (
  tenant_id    uuid          NOT NULL REFERENCES yg.tenant (id),
  id           uuid          NOT NULL,
  document_id  uuid          NOT NULL,
  kind         varchar(14)   NOT NULL CHECK (kind IN ('BUDGET', 'FINAL_ACCOUNT', 'THREE_PUBLIC')),
  fiscal_year  integer       NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
  title        varchar(200)  NOT NULL,
  unit         varchar(20)   NOT NULL CHECK (unit IN ('YUAN', 'TEN_THOUSAND_YUAN')),
  created_by   varchar(100)  NOT NULL,
  created_at   timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, document_id) REFERENCES yg.disclosure_document (tenant_id, id)
);
CREATE INDEX disclosure_funds_table_document ON yg.disclosure_funds_table (tenant_id, document_id);
SELECT yg.enable_tenant_rls('yg.disclosure_funds_table');

CREATE TABLE yg.disclosure_funds_line (
  tenant_id    uuid           NOT NULL,
  table_id     uuid           NOT NULL,
  line_no      integer        NOT NULL,
  code         varchar(40)    NOT NULL,
  parent_code  varchar(40),
  name         varchar(200)   NOT NULL,
  amount       numeric(18, 2) NOT NULL,
  PRIMARY KEY (tenant_id, table_id, line_no),
  UNIQUE (tenant_id, table_id, code),
  FOREIGN KEY (tenant_id, table_id) REFERENCES yg.disclosure_funds_table (tenant_id, id)
);
SELECT yg.enable_tenant_rls('yg.disclosure_funds_line');

-- Subject classification (主题分类) of documents: national entries, provinces may add their own.
INSERT INTO yg.code_list_entry (id, tenant_id, province_code, list_code, code, label_zh, label_en, sort_order) VALUES
  (gen_random_uuid(), NULL, NULL, 'disclosure.subject', 'GENERAL', '综合政务', 'General government affairs', 1),
  (gen_random_uuid(), NULL, NULL, 'disclosure.subject', 'ECONOMY', '国民经济管理、国有资产监管', 'Economic management', 2),
  (gen_random_uuid(), NULL, NULL, 'disclosure.subject', 'FINANCE', '财政、金融、审计', 'Finance and audit', 3),
  (gen_random_uuid(), NULL, NULL, 'disclosure.subject', 'LAND', '国土资源、能源', 'Land and energy', 4),
  (gen_random_uuid(), NULL, NULL, 'disclosure.subject', 'AGRICULTURE', '农业、林业、水利', 'Agriculture, forestry, water', 5),
  (gen_random_uuid(), NULL, NULL, 'disclosure.subject', 'INDUSTRY', '工业、交通', 'Industry and transport', 6),
  (gen_random_uuid(), NULL, NULL, 'disclosure.subject', 'COMMERCE', '商贸、海关、旅游', 'Commerce and tourism', 7),
  (gen_random_uuid(), NULL, NULL, 'disclosure.subject', 'MARKET', '市场监管、安全生产监管', 'Market and safety supervision', 8),
  (gen_random_uuid(), NULL, NULL, 'disclosure.subject', 'CONSTRUCTION', '城乡建设、环境保护', 'Construction and environment', 9),
  (gen_random_uuid(), NULL, NULL, 'disclosure.subject', 'SCIENCE', '科技、教育', 'Science and education', 10),
  (gen_random_uuid(), NULL, NULL, 'disclosure.subject', 'HEALTH', '卫生、体育', 'Health and sport', 11),
  (gen_random_uuid(), NULL, NULL, 'disclosure.subject', 'CIVIL', '民政、扶贫、救灾', 'Civil affairs and relief', 12),
  (gen_random_uuid(), NULL, NULL, 'disclosure.subject', 'LABOUR', '劳动、人事、监察', 'Labour and personnel', 13),
  (gen_random_uuid(), NULL, NULL, 'disclosure.subject', 'SECURITY', '公安、安全、司法', 'Public security and justice', 14);
