package com.leadwire.health;

/** A channel's verdict: working, needing attention, or switched off on purpose. */
public enum HealthState {
    OK, WARNING, OFF
}
