package com.leadwire.team;

import com.leadwire.testsupport.OnH2;

@OnH2
class LoginLockoutH2IntegrationTests extends LoginLockoutContract {
}
