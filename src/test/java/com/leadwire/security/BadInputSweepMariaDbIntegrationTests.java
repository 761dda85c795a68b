package com.leadwire.security;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class BadInputSweepMariaDbIntegrationTests extends BadInputSweepContract {
}
