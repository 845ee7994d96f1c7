package cn.yangguang.kernel.tenancy.infrastructure;

import cn.yangguang.kernel.tenancy.domain.Tenant;
import cn.yangguang.kernel.tenancy.domain.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant registry in {@code yg.tenant}. */
@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

  @PersistenceContext(unitName = "yangguang")
  private EntityManager em;

  @Override
  public Optional<Tenant> findBySlug(String slug) {
    return em.createQuery("SELECT t FROM Tenant t WHERE t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Tenant> findById(UUID id) {
    return Optional.ofNullable(em.find(Tenant.class, id));
  }

  @Override
  public List<Tenant> findAll() {
    return em.createQuery(
            "SELECT t FROM Tenant t ORDER BY t.provinceCode, t.divisionCode", Tenant.class)
        .getResultList();
  }

  /** Persists and flushes at once: the structure rows inserted next refer to the registry row. */
  @Override
  public void add(Tenant tenant) {
    em.persist(tenant);
    em.flush();
  }
}
