package com.leadwire.intake;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class IntakeMariaDbIntegrationTests extends IntakeContract {
}
