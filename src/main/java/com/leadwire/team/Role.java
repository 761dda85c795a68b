package com.leadwire.team;

public enum Role {
    ADMIN, REP
}
