package com.leadwire.automation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AutomationRuleRepository extends JpaRepository<AutomationRule, Long> {

    List<AutomationRule> findAllByOrderByPositionAscIdAsc();
}
