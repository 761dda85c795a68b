package com.leadwire.pipeline;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DealRepository extends JpaRepository<Deal, Long> {

    List<Deal> findByContactIdOrderByIdDesc(long contactId);

    List<Deal> findByStageIdOrderByStageEnteredAtDesc(long stageId);

    long countByStageId(long stageId);

    long countByPipelineId(long pipelineId);
}
