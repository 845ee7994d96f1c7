package cn.yangguang.kernel.tenancy.infrastructure;

import cn.yangguang.kernel.tenancy.domain.Department;
import cn.yangguang.kernel.tenancy.domain.DepartmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Departments through JPA; row-level security limits every query to the transaction's tenant. */
@ApplicationScoped
public class JpaDepartmentRepository implements DepartmentRepository {

  @PersistenceContext(unitName = "yangguang")
  private EntityManager em;

  @Override
  public Optional<Department> find(UUID id) {
    return Optional.ofNullable(em.find(Department.class, id));
  }
}
