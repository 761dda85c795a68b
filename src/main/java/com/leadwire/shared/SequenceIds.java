package com.leadwire.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out ids from the database sequences of the rows written with JDBC, in blocks, the way
 * Hibernate's pooled-lo optimizer does: a sequence value is the first id of a block of
 * {@value #BLOCK_SIZE}. JPA entities have sequences of their own.
 */
@Component
public class SequenceIds {

    /** Must equal the INCREMENT BY of every sequence taken from here (migration V42). */
    public static final int BLOCK_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final Map<String, Block> blocks = new ConcurrentHashMap<>();

    public SequenceIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long next(String sequence) {
        Block block = blocks.computeIfAbsent(sequence, name -> new Block());
        synchronized (block) {
            if (block.next >= block.end) {
                Long start = jdbc.queryForObject("SELECT NEXT VALUE FOR " + checkedName(sequence), Long.class);
                block.next = start;
                block.end = start + BLOCK_SIZE;
            }
            return block.next++;
        }
    }

    private static String checkedName(String sequence) {
        if (!sequence.matches("[a-z_]+_seq")) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        return sequence;
    }

    private static final class Block {
        long next;
        long end;
    }
}
