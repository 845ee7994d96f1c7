-- Government information disclosure on request (依申请公开) and the statutory annual report. ADRs 0039-0043.

-- Request numbers: one counter per county and year.
CREATE TABLE yg.disclosure_request_counter (
  tenant_id   uuid     NOT NULL REFERENCES yg.tenant (id),
  year        integer  NOT NULL,
  last_value  integer  NOT NULL CHECK (last_value >= 1),
  PRIMARY KEY (tenant_id, year)
);
SELECT yg.enable_tenant_rls('yg.disclosure_request_counter');

-- A request, handled by one agency (a department or a township of the county). received_on is the receipt
-- date by the channel's rule (Art. 31); the answer clock (kernel) counts from it, or from the supplement's
-- arrival. outcome and report_row are set together when the request is closed (Art. 36-39 -> Table 3).
CREATE TABLE yg.disclosure_request (
  tenant_id              uuid          NOT NULL REFERENCES yg.tenant (id),
  id                     uuid          NOT NULL,
  request_number         varchar(30)   NOT NULL,
  query_code_hash        char(64)      NOT NULL,
  agency_code            varchar(40)   NOT NULL,
  channel                varchar(16)   NOT NULL CHECK (channel IN ('ONLINE', 'FAX', 'REGISTERED_POST', 'PLAIN_LETTER', 'IN_PERSON')),
  applicant_type         varchar(16)   NOT NULL CHECK (applicant_type IN ('NATURAL_PERSON', 'COMMERCIAL', 'RESEARCH', 'PUBLIC_INTEREST', 'LEGAL_SERVICE', 'OTHER_ORG')),
  applicant_name         varchar(200)  NOT NULL,
  applicant_id_number    text          NOT NULL, -- SM4-GCM ciphertext (ADR 0011): ID number or credit code
  applicant_id_index     char(64)      NOT NULL, -- blind index: the same applicant's requests in a month (fees)
  applicant_phone        text          NOT NULL, -- SM4-GCM ciphertext
  applicant_address      varchar(300),
  applicant_user_id      uuid,
  description            text          NOT NULL,
  purpose                varchar(500),
  delivery               varchar(10)   NOT NULL CHECK (delivery IN ('ELECTRONIC', 'PAPER', 'PICKUP')),
  received_on            date          NOT NULL,
  submitted_at           timestamptz   NOT NULL,
  submitted_by           varchar(100)  NOT NULL,
  status                 varchar(20)   NOT NULL CHECK (status IN ('IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'CONSULTING', 'AWAITING_FEE', 'CLOSED')),
  supplement_notice_on   date,
  supplement_asked       text,
  supplement_due_on      date,
  supplement_arrived_on  date,
  clock_start_on         date          NOT NULL, -- the receipt, or the supplement's arrival
  extended               boolean       NOT NULL DEFAULT false,
  extension_reason       varchar(500),
  excessive_reason       varchar(500),
  fee_scale              varchar(10)   CHECK (fee_scale IN ('PER_REQUEST', 'PER_PAGE')),
  fee_amount             numeric(12, 2),
  fee_notice_on          date,
  fee_due_on             date,
  fee_paid_on            date,
  outcome                varchar(40),
  report_row             varchar(8),
  outcome_reason         text,
  redirect_to            varchar(200),
  closed_on              date,
  answer_clock_id        uuid,
  period_clock_id        uuid,          -- the supplement period's or the fee payment's clock
  version                integer       NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, request_number),
  CHECK ((status = 'CLOSED') = (outcome IS NOT NULL AND closed_on IS NOT NULL AND report_row IS NOT NULL))
);
CREATE INDEX disclosure_request_agency ON yg.disclosure_request (tenant_id, agency_code, received_on);
CREATE INDEX disclosure_request_open ON yg.disclosure_request (tenant_id, status, agency_code);
CREATE INDEX disclosure_request_applicant ON yg.disclosure_request (tenant_id, applicant_id_index, received_on);
CREATE INDEX disclosure_request_user ON yg.disclosure_request (tenant_id, applicant_user_id, received_on DESC);
SELECT yg.enable_tenant_rls('yg.disclosure_request');

-- Consultations (Art. 32-33): of a third party (15 working days for an opinion) or of another agency. The
-- days they take are not counted: the answer clock pauses while one is open.
CREATE TABLE yg.disclosure_consultation (
  tenant_id        uuid          NOT NULL REFERENCES yg.tenant (id),
  id               uuid          NOT NULL,
  request_id       uuid          NOT NULL,
  kind             varchar(12)   NOT NULL CHECK (kind IN ('THIRD_PARTY', 'AGENCY')),
  party            varchar(200)  NOT NULL,
  sent_on          date          NOT NULL,
  due_on           date          NOT NULL,
  answered_on      date,
  opinion          varchar(10)   CHECK (opinion IN ('CONSENT', 'OBJECTION', 'NONE')),
  overruled_on     date,         -- written notice to a third party whose objection is overruled
  clock_id         uuid,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, request_id) REFERENCES yg.disclosure_request (tenant_id, id)
);
CREATE INDEX disclosure_consultation_request ON yg.disclosure_consultation (tenant_id, request_id);
SELECT yg.enable_tenant_rls('yg.disclosure_consultation');

-- What the applicant follows online: each step with its date and a note meant for her.
CREATE TABLE yg.disclosure_request_event (
  tenant_id   uuid          NOT NULL REFERENCES yg.tenant (id),
  request_id  uuid          NOT NULL,
  seq         integer       NOT NULL,
  at          timestamptz   NOT NULL,
  kind        varchar(40)   NOT NULL,
  actor       varchar(100)  NOT NULL,
  note        text,
  PRIMARY KEY (tenant_id, request_id, seq),
  FOREIGN KEY (tenant_id, request_id) REFERENCES yg.disclosure_request (tenant_id, id)
);
SELECT yg.enable_tenant_rls('yg.disclosure_request_event');

-- Ex-officio decisions (行政处罚, 行政强制) that departments enter or import, for Table 2 of the annual report.
CREATE TABLE yg.disclosure_exofficio_decision (
  tenant_id    uuid          NOT NULL REFERENCES yg.tenant (id),
  id           uuid          NOT NULL,
  agency_code  varchar(40)   NOT NULL,
  kind         varchar(12)   NOT NULL CHECK (kind IN ('PENALTY', 'ENFORCEMENT')),
  reference    varchar(100)  NOT NULL,
  decided_on   date          NOT NULL,
  summary      varchar(500)  NOT NULL,
  created_by   varchar(100)  NOT NULL,
  created_at   timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, agency_code, reference)
);
CREATE INDEX disclosure_exofficio_year ON yg.disclosure_exofficio_decision (tenant_id, agency_code, decided_on);
SELECT yg.enable_tenant_rls('yg.disclosure_exofficio_decision');

-- An annual report per agency (agency_code '*' = the county's roll-up) and year: what officers write
-- (narrative parts, Table 4) and, once published, the frozen tables (next year's 二 reads its 四).
CREATE TABLE yg.disclosure_annual_report (
  tenant_id     uuid          NOT NULL REFERENCES yg.tenant (id),
  agency_code   varchar(40)   NOT NULL,
  year          integer       NOT NULL CHECK (year BETWEEN 2008 AND 2100),
  narrative     jsonb         NOT NULL DEFAULT '{}'::jsonb,
  table4        jsonb         NOT NULL DEFAULT '{}'::jsonb,
  status        varchar(10)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
  frozen        jsonb,
  document_id   uuid,
  published_at  timestamptz,
  updated_by    varchar(100)  NOT NULL,
  updated_at    timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, agency_code, year),
  CHECK (status = 'DRAFT' OR frozen IS NOT NULL)
);
SELECT yg.enable_tenant_rls('yg.disclosure_annual_report');

-- Failed status lookups by client (a hash of its address), so that query codes cannot be guessed: after
-- too many failures a client waits.
CREATE TABLE yg.disclosure_lookup_failure (
  tenant_id    uuid         NOT NULL REFERENCES yg.tenant (id),
  client_hash  char(64)     NOT NULL,
  at           timestamptz  NOT NULL
);
CREATE INDEX disclosure_lookup_failure_client ON yg.disclosure_lookup_failure (tenant_id, client_hash, at);
SELECT yg.enable_tenant_rls('yg.disclosure_lookup_failure');
