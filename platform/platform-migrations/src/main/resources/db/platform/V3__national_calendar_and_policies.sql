-- National working-day schedules published by the State Council (RULES.md section 5), as shared rows
-- (tenant_id and province_code NULL), and the national default warning thresholds.
-- Later years are loaded through the operator API (audited); provinces and counties may add their own.

INSERT INTO yg.calendar_year (id, year, source, confirmed_at, confirmed_by) VALUES (gen_random_uuid(), 2024, '国办发明电〔2023〕7号 (RULES.md: unverified here)', now(), 'migration');
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '元旦' FROM generate_series(date '2024-01-01', date '2024-01-01', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '春节' FROM generate_series(date '2024-02-10', date '2024-02-17', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '清明节' FROM generate_series(date '2024-04-04', date '2024-04-06', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '劳动节' FROM generate_series(date '2024-05-01', date '2024-05-05', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '端午节' FROM generate_series(date '2024-06-10', date '2024-06-10', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '中秋节' FROM generate_series(date '2024-09-15', date '2024-09-17', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '国庆节' FROM generate_series(date '2024-10-01', date '2024-10-07', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) VALUES (gen_random_uuid(), date '2024-02-04', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2024-02-18', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2024-04-07', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2024-04-28', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2024-05-11', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2024-09-14', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2024-09-29', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2024-10-12', 'WORKDAY', '调休上班');

INSERT INTO yg.calendar_year (id, year, source, confirmed_at, confirmed_by) VALUES (gen_random_uuid(), 2025, '国办发明电〔2024〕12号', now(), 'migration');
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '元旦' FROM generate_series(date '2025-01-01', date '2025-01-01', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '春节' FROM generate_series(date '2025-01-28', date '2025-02-04', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '清明节' FROM generate_series(date '2025-04-04', date '2025-04-06', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '劳动节' FROM generate_series(date '2025-05-01', date '2025-05-05', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '端午节' FROM generate_series(date '2025-05-31', date '2025-06-02', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '国庆节、中秋节' FROM generate_series(date '2025-10-01', date '2025-10-08', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) VALUES (gen_random_uuid(), date '2025-01-26', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2025-02-08', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2025-04-27', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2025-09-28', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2025-10-11', 'WORKDAY', '调休上班');

INSERT INTO yg.calendar_year (id, year, source, confirmed_at, confirmed_by) VALUES (gen_random_uuid(), 2026, '国办发明电〔2025〕7号', now(), 'migration');
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '元旦' FROM generate_series(date '2026-01-01', date '2026-01-03', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '春节' FROM generate_series(date '2026-02-15', date '2026-02-23', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '清明节' FROM generate_series(date '2026-04-04', date '2026-04-06', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '劳动节' FROM generate_series(date '2026-05-01', date '2026-05-05', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '端午节' FROM generate_series(date '2026-06-19', date '2026-06-21', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '中秋节' FROM generate_series(date '2026-09-25', date '2026-09-27', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) SELECT gen_random_uuid(), d::date, 'HOLIDAY', '国庆节' FROM generate_series(date '2026-10-01', date '2026-10-07', interval '1 day') d;
INSERT INTO yg.calendar_day (id, day, kind, name) VALUES (gen_random_uuid(), date '2026-01-04', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2026-02-14', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2026-02-28', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2026-05-09', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2026-09-20', 'WORKDAY', '调休上班'), (gen_random_uuid(), date '2026-10-10', 'WORKDAY', '调休上班');

INSERT INTO yg.clock_policy (id, regime, yellow_pct, red_pct) VALUES
  (gen_random_uuid(), 'DEFAULT', 60, 85),
  (gen_random_uuid(), 'LICENSING', 60, 85),
  (gen_random_uuid(), 'DISCLOSURE', 50, 80),
  (gen_random_uuid(), 'HOTLINE', 50, 80);
