package com.leadwire.intake;

public enum Channel {
    API, FORM, POPUP, PAYMENT, TELEGRAM, IMPORT, PANEL
}
