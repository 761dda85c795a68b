package com.leadwire.apikeys;

import com.leadwire.testsupport.OnH2;

@OnH2
class ApiKeysH2IntegrationTests extends ApiKeysContract {
}
