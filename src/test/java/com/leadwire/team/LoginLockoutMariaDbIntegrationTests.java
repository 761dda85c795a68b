package com.leadwire.team;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class LoginLockoutMariaDbIntegrationTests extends LoginLockoutContract {
}
