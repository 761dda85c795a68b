package com.leadwire.automation;

public enum Trigger {
    DEAL_CREATED
}
