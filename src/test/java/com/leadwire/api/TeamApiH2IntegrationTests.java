package com.leadwire.api;

import com.leadwire.testsupport.OnH2;

@OnH2
class TeamApiH2IntegrationTests extends TeamApiContract {
}
