package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.it.Manifests.TestTenant;
import cn.yangguang.kernel.outbox.OutboxEvent;
import cn.yangguang.kernel.system.OutboxReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outbox on the real database: commit order across concurrent transactions, and redelivery. */
@ExtendWith(TestStack.class)
@Order(90)
class OutboxIT {

  @Test
  void positionsFollowCommitOrderNotStartOrder() throws Exception {
    TestTenant t = Manifests.fresh("outbox").onboard("事件县");
    try (Connection first = TestStack.get().appDataSource().getConnection();
        Connection second = TestStack.get().appDataSource().getConnection()) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      RowLevelSecurityIT.bind(first, t.id());
      RowLevelSecurityIT.bind(second, t.id());
      UUID early = insert(first, t.id(), "started-first");
      UUID late = insert(second, t.id(), "started-second");
      second.commit(); // the later transaction commits first
      first.commit();
      try (Connection sys = TestStack.get().systemDataSource().getConnection()) {
        List<OutboxEvent> events =
            new OutboxReader()
                .after(sys, 0, 100_000).stream()
                    .filter(e -> e.tenantId().equals(t.id()) && e.type().startsWith("test."))
                    .toList();
        assertThat(events).extracting(OutboxEvent::id).containsExactly(late, early);
      }
    }
  }

  @Test
  void aRolledBackChangeLeavesNoEvent() throws Exception {
    TestTenant t = Manifests.fresh("outbox-rb").onboard("回滚县");
    UUID id;
    try (Connection c = TestStack.get().appDataSource().getConnection()) {
      c.setAutoCommit(false);
      RowLevelSecurityIT.bind(c, t.id());
      id = insert(c, t.id(), "never");
      c.rollback();
    }
    try (Connection sys = TestStack.get().systemDataSource().getConnection()) {
      assertThat(new OutboxReader().after(sys, 0, 100_000))
          .extracting(OutboxEvent::id)
          .doesNotContain(id);
    }
  }

  @Test
  void aConsumerThatCrashesBeforeRecordingGetsTheEventsAgain() throws Exception {
    TestTenant t = Manifests.fresh("outbox-redo").onboard("重投县");
    OutboxReader reader = new OutboxReader();
    String consumer = "test-consumer-" + UUID.randomUUID();
    try (Connection sys = TestStack.get().systemDataSource().getConnection()) {
      reader.advance(sys, consumer, reader.head(sys));
    }
    try (Connection c = TestStack.get().appDataSource().getConnection()) {
      c.setAutoCommit(false);
      RowLevelSecurityIT.bind(c, t.id());
      insert(c, t.id(), "one");
      insert(c, t.id(), "two");
      c.commit();
    }
    List<OutboxEvent> firstDelivery;
    try (Connection sys = TestStack.get().systemDataSource().getConnection()) {
      long cursor = reader.cursor(sys, consumer).orElseThrow();
      firstDelivery = mine(reader.after(sys, cursor, 1000), t);
      assertThat(firstDelivery)
          .extracting(OutboxEvent::type)
          .containsExactly("test.one", "test.two");
      // the consumer "crashes" here: it handled the events but never recorded its cursor
    }
    try (Connection sys = TestStack.get().systemDataSource().getConnection()) {
      long cursor = reader.cursor(sys, consumer).orElseThrow();
      List<OutboxEvent> again = mine(reader.after(sys, cursor, 1000), t);
      assertThat(again)
          .extracting(OutboxEvent::id)
          .containsExactlyElementsOf(firstDelivery.stream().map(OutboxEvent::id).toList());
      reader.advance(sys, consumer, again.get(again.size() - 1).position());
      assertThat(mine(reader.after(sys, reader.cursor(sys, consumer).orElseThrow(), 1000), t))
          .isEmpty();
    }
  }

  static List<OutboxEvent> mine(List<OutboxEvent> events, TestTenant t) {
    return events.stream().filter(e -> e.tenantId().equals(t.id())).toList();
  }

  static UUID insert(Connection c, UUID tenant, String name) throws SQLException {
    UUID id = UUID.randomUUID();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO yg.outbox_event (tenant_id, id, occurred_at, type, subject_type, subject_id, payload)"
                + " VALUES (?, ?, now(), ?, 'test', 'x', '{}')")) {
      ps.setObject(1, tenant);
      ps.setObject(2, id);
      ps.setString(3, "test." + name);
      ps.executeUpdate();
    }
    return id;
  }
}
