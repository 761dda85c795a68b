package com.leadwire.pipeline;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PipelineRepository extends JpaRepository<Pipeline, Long> {

    @EntityGraph(attributePaths = "stages")
    List<Pipeline> findAllByOrderByPositionAscIdAsc();

    Optional<Pipeline> findByNameIgnoreCase(String name);
}
