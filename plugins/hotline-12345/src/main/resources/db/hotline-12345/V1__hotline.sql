-- The 12345 hotline's tables, in the plugin's own schema. Every table is a county's: tenant_id leads every key
-- and index, and the platform's forced row-level security policy keeps counties apart.

-- The dispatch catalogue (派单目录): what a resident can ask for (an Open311 service), the type of matter it
-- usually is, and the handling units it goes to: a lead unit and co-handling units, optionally per place
-- (a township's name in the address). Units are the county's department codes.
CREATE TABLE service (
  tenant_id     uuid         NOT NULL,
  code          varchar(40)  NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name          varchar(100) NOT NULL,
  description   varchar(500) NOT NULL DEFAULT '',
  grp           varchar(60)  NOT NULL DEFAULT '',
  keywords      varchar(200) NOT NULL DEFAULT '',
  ticket_type   varchar(12)  NOT NULL CHECK (ticket_type IN ('CONSULT', 'HELP', 'COMPLAINT', 'REPORT', 'SUGGESTION')),
  sort_order    integer      NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, code)
);
SELECT yg.enable_tenant_rls('service');

CREATE TABLE dispatch_rule (
  tenant_id     uuid         NOT NULL,
  service_code  varchar(40)  NOT NULL,
  place         varchar(60)  NOT NULL DEFAULT '',
  lead_unit     varchar(40)  NOT NULL,
  co_units      varchar(200) NOT NULL DEFAULT '',
  PRIMARY KEY (tenant_id, service_code, place),
  FOREIGN KEY (tenant_id, service_code) REFERENCES service (tenant_id, code) ON DELETE CASCADE
);
SELECT yg.enable_tenant_rls('dispatch_rule');

-- Time limits per step x type x urgency (configurable per county; built-in defaults when absent).
CREATE TABLE time_limit (
  tenant_id  uuid        NOT NULL,
  step       varchar(8)  NOT NULL CHECK (step IN ('SIGN', 'HANDLE')),
  type       varchar(12) NOT NULL CHECK (type IN ('CONSULT', 'HELP', 'COMPLAINT', 'REPORT', 'SUGGESTION')),
  urgency    varchar(10) NOT NULL CHECK (urgency IN ('NORMAL', 'URGENT', 'EMERGENCY')),
  amount     integer     NOT NULL CHECK (amount BETWEEN 0 AND 366),
  unit       varchar(16) NOT NULL CHECK (unit IN ('WORKING_DAYS', 'NATURAL_DAYS', 'HOURS', 'WORKING_HOURS')),
  PRIMARY KEY (tenant_id, step, type, urgency)
);
SELECT yg.enable_tenant_rls('time_limit');

-- Answers for enquiries the call-taker gives at once (直接答复).
CREATE TABLE knowledge (
  tenant_id  uuid          NOT NULL,
  id         uuid          NOT NULL,
  question   varchar(200)  NOT NULL,
  answer     varchar(2000) NOT NULL,
  keywords   varchar(200)  NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
SELECT yg.enable_tenant_rls('knowledge');

-- Ticket numbers: one counter per county and day.
CREATE TABLE number_counter (
  tenant_id  uuid    NOT NULL,
  day        date    NOT NULL,
  last       integer NOT NULL,
  PRIMARY KEY (tenant_id, day)
);
SELECT yg.enable_tenant_rls('number_counter');

-- A ticket (工单, GB/T 33358): caller, matter, handling, supervision and call-back.
CREATE TABLE ticket (
  tenant_id      uuid          NOT NULL,
  id             uuid          NOT NULL,
  number         varchar(24)   NOT NULL,
  query_code     varchar(8)    NOT NULL,
  channel        varchar(8)    NOT NULL CHECK (channel IN ('PHONE', 'SMS', 'WEB', 'MAILBOX', 'OPEN311', 'CITY')),
  city_ref       varchar(60),
  type           varchar(12)   NOT NULL CHECK (type IN ('CONSULT', 'HELP', 'COMPLAINT', 'REPORT', 'SUGGESTION')),
  urgency        varchar(10)   NOT NULL CHECK (urgency IN ('NORMAL', 'URGENT', 'EMERGENCY')),
  service_code   varchar(40),
  summary        varchar(200)  NOT NULL,
  description    varchar(4000) NOT NULL,
  caller_name    varchar(60),
  caller_phone   varchar(20),
  account_id     varchar(60),
  address        varchar(200),
  lat            double precision CHECK (lat BETWEEN -90 AND 90),
  lon            double precision CHECK (lon BETWEEN -180 AND 180),
  media_url      varchar(500),
  status         varchar(12)   NOT NULL CHECK (status IN ('RECEIVED', 'DISPATCHED', 'SIGNED', 'RETURNED', 'REPLIED', 'CLOSED')),
  resolution     varchar(16)   CHECK (resolution IN ('DIRECT_ANSWER', 'TRANSFERRED', 'LEGAL_ROUTE', 'DECLINED', 'HANDLED', 'MERGED', 'RETURNED_TO_CITY')),
  answer         varchar(4000),
  lead_unit      varchar(40),
  merged_into    varchar(24),
  redo_count     integer       NOT NULL DEFAULT 0,
  satisfaction   varchar(20)   CHECK (satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
  created_at     timestamptz   NOT NULL,
  updated_at     timestamptz   NOT NULL,
  closed_at      timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number)
);
SELECT yg.enable_tenant_rls('ticket');
CREATE INDEX ticket_status ON ticket (tenant_id, status, created_at);
CREATE INDEX ticket_phone ON ticket (tenant_id, caller_phone, created_at);
CREATE UNIQUE INDEX ticket_city_ref ON ticket (tenant_id, city_ref) WHERE city_ref IS NOT NULL;

-- One dispatch of a ticket to one handling unit (lead or co-handling): the unit's clocks and what it did,
-- the facts the KPIs count.
CREATE TABLE assignment (
  tenant_id        uuid         NOT NULL,
  id               uuid         NOT NULL,
  ticket_id        uuid         NOT NULL,
  unit             varchar(40)  NOT NULL,
  lead             boolean      NOT NULL,
  redo             boolean      NOT NULL DEFAULT false,
  dispatched_at    timestamptz  NOT NULL,
  sign_clock       uuid,
  signed_at        timestamptz,
  signed_on_time   boolean,
  handle_clock     uuid,
  returned_at      timestamptz,
  return_reason    varchar(500),
  return_outcome   varchar(10)  CHECK (return_outcome IN ('ACCEPTED', 'REFUSED')),
  extension_days   integer,
  extension_reason varchar(500),
  extension_state  varchar(10)  CHECK (extension_state IN ('REQUESTED', 'APPROVED', 'REFUSED')),
  replied_at       timestamptz,
  replied_on_time  boolean,
  reply            varchar(4000),
  satisfaction     varchar(20)  CHECK (satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
  active           boolean      NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, ticket_id) REFERENCES ticket (tenant_id, id)
);
SELECT yg.enable_tenant_rls('assignment');
CREATE INDEX assignment_ticket ON assignment (tenant_id, ticket_id);
CREATE INDEX assignment_unit ON assignment (tenant_id, unit, dispatched_at);

-- The ticket's history: every step, with who did it; public notes are shown to the caller (status_notes).
CREATE TABLE ticket_event (
  tenant_id  uuid          NOT NULL,
  id         uuid          NOT NULL,
  ticket_id  uuid          NOT NULL,
  at         timestamptz   NOT NULL,
  actor      varchar(80)   NOT NULL,
  action     varchar(24)   NOT NULL,
  unit       varchar(40),
  note       varchar(4000),
  public     boolean       NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, ticket_id) REFERENCES ticket (tenant_id, id)
);
SELECT yg.enable_tenant_rls('ticket_event');
CREATE INDEX ticket_event_ticket ON ticket_event (tenant_id, ticket_id, at);

-- Messages to the prefecture's 12345 platform not yet delivered (sign-for, return, extension, reply): written
-- in the ticket's transaction, sent by the city job, so a step is never lost when the city is down.
CREATE TABLE city_outbox (
  tenant_id   uuid          NOT NULL,
  id          uuid          NOT NULL,
  city_ref    varchar(60)   NOT NULL,
  kind        varchar(12)   NOT NULL CHECK (kind IN ('SIGN', 'RETURN', 'EXTENSION', 'REPLY')),
  body        varchar(4000) NOT NULL,
  created_at  timestamptz   NOT NULL,
  sent_at     timestamptz,
  attempts    integer       NOT NULL DEFAULT 0,
  last_error  varchar(500),
  PRIMARY KEY (tenant_id, id)
);
SELECT yg.enable_tenant_rls('city_outbox');
CREATE INDEX city_outbox_pending ON city_outbox (tenant_id, sent_at, created_at);

-- The county's link to the prefecture's 12345 platform, set by the county admin; the manifest's settings
-- (cityEndpoint, cityApiKey, cityCounty) apply while there is none.
CREATE TABLE city_link (
  tenant_id    uuid         NOT NULL,
  endpoint     varchar(300) NOT NULL,
  api_key      varchar(200) NOT NULL,
  county_code  varchar(40)  NOT NULL,
  changed_at   timestamptz  NOT NULL,
  changed_by   varchar(80)  NOT NULL,
  PRIMARY KEY (tenant_id)
);
SELECT yg.enable_tenant_rls('city_link');
