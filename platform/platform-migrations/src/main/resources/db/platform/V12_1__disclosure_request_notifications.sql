-- What the applicant of a request was told, by SMS and in the portal (issue 8, ADR 0040): one row per message.
-- SMS rows are the development outbox (the number masked); a real gateway adapter sends to the full number.
CREATE TABLE yg.disclosure_request_notification (
  tenant_id   uuid          NOT NULL REFERENCES yg.tenant (id),
  id          uuid          NOT NULL,
  request_id  uuid          NOT NULL,
  channel     varchar(6)    NOT NULL CHECK (channel IN ('SMS', 'INAPP')),
  recipient   varchar(100)  NOT NULL,
  text        text          NOT NULL,
  created_at  timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, request_id) REFERENCES yg.disclosure_request (tenant_id, id)
);
CREATE INDEX disclosure_request_notification_request ON yg.disclosure_request_notification (tenant_id, request_id, created_at);
SELECT yg.enable_tenant_rls('yg.disclosure_request_notification');

-- Art. 35: an applicant whose many requests have a reasonable explanation gets a longer deadline, notified to
-- her: the extra working days the agency set (once).
ALTER TABLE yg.disclosure_request ADD COLUMN excessive_days integer CHECK (excessive_days BETWEEN 1 AND 60);
