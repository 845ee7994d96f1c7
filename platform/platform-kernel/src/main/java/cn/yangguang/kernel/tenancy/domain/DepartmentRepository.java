package cn.yangguang.kernel.tenancy.domain;

import java.util.Optional;
import java.util.UUID;

/** Departments of the current tenant (row-level security decides which tenant that is). */
public interface DepartmentRepository {

  /** The department with this id, empty when the current tenant has none such. */
  Optional<Department> find(UUID id);
}
