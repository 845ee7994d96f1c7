-- Electronic supervision (电子监察): violations detected from casework's clocks and events, risk points on
-- process steps, supervision orders (督办单) and cards (黄牌/红牌), efficiency complaints (效能投诉) and
-- ratings (好差评). Every table is tenant-owned under row-level security. ADR 0049-0053.

-- Reply and follow-up clocks of supervision (orders, complaints, bad ratings): their own warning thresholds.
INSERT INTO yg.clock_policy (id, regime, yellow_pct, red_pct) VALUES (gen_random_uuid(), 'SUPERVISION', 50, 80);

-- A county's setting of one violation rule; a rule without a row runs with its defaults (ADR 0049).
CREATE TABLE yg.supervision_rule (
  tenant_id   uuid          NOT NULL REFERENCES yg.tenant (id),
  rule        varchar(30)   NOT NULL CHECK (rule IN ('OVERDUE_STEP', 'OVERDUE_CASE', 'FEE_DIFFERS',
                              'OUT_OF_PROCESS', 'REPEATED_SUPPLEMENT', 'OUTSIDE_CENTRE')),
  enabled     boolean       NOT NULL,
  threshold   integer       NOT NULL CHECK (threshold >= 0),
  updated_at  timestamptz   NOT NULL,
  updated_by  varchar(100)  NOT NULL,
  PRIMARY KEY (tenant_id, rule)
);
SELECT yg.enable_tenant_rls('yg.supervision_rule');

-- One hit of a rule, recorded once per rule and subject (the unique key makes detection idempotent), with
-- its evidence: the case, the clock, expected against actual, and the ids of the events that showed it.
CREATE TABLE yg.supervision_violation (
  tenant_id        uuid          NOT NULL REFERENCES yg.tenant (id),
  id               uuid          NOT NULL,
  rule             varchar(30)   NOT NULL,
  subject_key      varchar(160)  NOT NULL, -- e.g. <case id>:<step>
  case_id          uuid,
  case_number      varchar(40),
  department_code  varchar(40),
  step             varchar(60),
  risk_level       integer,
  evidence         jsonb         NOT NULL,
  event_ids        text[]        NOT NULL DEFAULT '{}',
  detected_at      timestamptz   NOT NULL,
  occurred_at      timestamptz   NOT NULL, -- when the violation happened (a deadline passed, a fee charged)
  status           varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'CONFIRMED', 'DISMISSED')),
  handled_by       varchar(100),
  handled_at       timestamptz,
  handled_note     text,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, rule, subject_key)
);
CREATE INDEX supervision_violation_recent ON yg.supervision_violation (tenant_id, detected_at DESC);
CREATE INDEX supervision_violation_by_department ON yg.supervision_violation (tenant_id, department_code, occurred_at);
SELECT yg.enable_tenant_rls('yg.supervision_violation');

-- Risk points (风险点) on process steps, with their level (1 highest) and the control that guards them.
CREATE TABLE yg.supervision_risk_point (
  tenant_id    uuid          NOT NULL REFERENCES yg.tenant (id),
  id           uuid          NOT NULL,
  step         varchar(60)   NOT NULL, -- accept, review, approve, deliver, fee, ...
  item_key     varchar(36),            -- null: the step of every item
  level        integer       NOT NULL CHECK (level BETWEEN 1 AND 3),
  description  text          NOT NULL,
  control      text          NOT NULL,
  created_at   timestamptz   NOT NULL,
  created_by   varchar(100)  NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX supervision_risk_point_by_step ON yg.supervision_risk_point (tenant_id, step);
SELECT yg.enable_tenant_rls('yg.supervision_risk_point');

-- Supervision orders (督办单) to a department, with a reply deadline on a kernel clock.
CREATE TABLE yg.supervision_order (
  tenant_id        uuid          NOT NULL REFERENCES yg.tenant (id),
  id               uuid          NOT NULL,
  order_number     varchar(40)   NOT NULL,
  department_code  varchar(40)   NOT NULL,
  subject          varchar(200)  NOT NULL,
  detail           text          NOT NULL,
  violation_id     uuid,
  complaint_id     uuid,
  reply_days       integer       NOT NULL CHECK (reply_days BETWEEN 1 AND 60),
  clock_id         uuid          NOT NULL,
  status           varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'REPLIED', 'CLOSED')),
  issued_by        varchar(100)  NOT NULL,
  issued_at        timestamptz   NOT NULL,
  reply            text,
  replied_by       varchar(100),
  replied_at       timestamptz,
  replied_late     boolean,
  closed_by        varchar(100),
  closed_at        timestamptz,
  close_note       text,
  version          integer       NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, order_number)
);
CREATE INDEX supervision_order_by_department ON yg.supervision_order (tenant_id, department_code, status);
SELECT yg.enable_tenant_rls('yg.supervision_order');

-- Yellow and red cards (黄牌/红牌) to a department (and optionally one of its staff).
CREATE TABLE yg.supervision_card (
  tenant_id        uuid          NOT NULL REFERENCES yg.tenant (id),
  id               uuid          NOT NULL,
  colour           varchar(6)    NOT NULL CHECK (colour IN ('YELLOW', 'RED')),
  department_code  varchar(40)   NOT NULL,
  staff_username   varchar(100),
  reason           text          NOT NULL,
  order_id         uuid,
  escalated_from   uuid,         -- the yellow card a red one escalates
  issued_by        varchar(100)  NOT NULL,
  issued_at        timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX supervision_card_by_department ON yg.supervision_card (tenant_id, department_code, issued_at);
SELECT yg.enable_tenant_rls('yg.supervision_card');

-- Efficiency complaints (效能投诉) from residents (portal) or the 12345 hotline, routed to the supervisors.
-- No phone or ID number is kept: a portal complaint names its signed-in author, a hotline one its ticket.
CREATE TABLE yg.supervision_complaint (
  tenant_id        uuid          NOT NULL REFERENCES yg.tenant (id),
  id               uuid          NOT NULL,
  complaint_number varchar(40)   NOT NULL,
  channel          varchar(8)    NOT NULL CHECK (channel IN ('PORTAL', 'HOTLINE')),
  source_ref       varchar(80),  -- the hotline ticket number
  author_user_id   uuid,
  author_name      varchar(100),
  department_code  varchar(40),
  case_number      varchar(40),
  summary          text          NOT NULL,
  received_at      timestamptz   NOT NULL,
  clock_id         uuid          NOT NULL,
  status           varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'CONCLUDED')),
  outcome          varchar(14)   CHECK (outcome IN ('SUBSTANTIATED', 'PARTLY', 'UNFOUNDED')),
  outcome_note     text,
  concluded_by     varchar(100),
  concluded_at     timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, complaint_number),
  UNIQUE (tenant_id, channel, source_ref)
);
CREATE INDEX supervision_complaint_by_author ON yg.supervision_complaint (tenant_id, author_user_id, received_at DESC);
SELECT yg.enable_tenant_rls('yg.supervision_complaint');

-- Ratings (好差评): five levels per case after service, or per window visit. A bad rating (1-2) is followed
-- up and rectified within a deadline on a kernel clock.
CREATE TABLE yg.supervision_rating (
  tenant_id        uuid          NOT NULL REFERENCES yg.tenant (id),
  id               uuid          NOT NULL,
  case_id          uuid,
  case_number      varchar(40),
  department_code  varchar(40)   NOT NULL,
  window_code      varchar(60),   -- the post that received the applicant (窗口)
  level            integer       NOT NULL CHECK (level BETWEEN 1 AND 5),
  comment          text,
  rated_by         uuid,
  rated_at         timestamptz   NOT NULL,
  follow_up        varchar(10)   NOT NULL CHECK (follow_up IN ('NONE', 'PENDING', 'RECTIFIED')),
  follow_up_clock_id uuid,
  follow_up_note   text,
  followed_up_by   varchar(100),
  followed_up_at   timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, case_id)
);
CREATE INDEX supervision_rating_by_department ON yg.supervision_rating (tenant_id, department_code, rated_at);
SELECT yg.enable_tenant_rls('yg.supervision_rating');

-- Order and complaint numbers: one sequence each for every county (numbers need not be dense).
CREATE SEQUENCE yg.supervision_number;
