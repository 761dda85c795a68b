package com.leadwire.api;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class TeamApiMariaDbIntegrationTests extends TeamApiContract {
}
