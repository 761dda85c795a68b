package com.leadwire.fields;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomFieldRepository extends JpaRepository<CustomFieldRow, Long> {

    List<CustomFieldRow> findAllByOrderByScopeAscPositionAscIdAsc();

    List<CustomFieldRow> findAllByScopeOrderByPositionAscIdAsc(FieldScope scope);

    boolean existsByScopeAndName(FieldScope scope, String name);
}
