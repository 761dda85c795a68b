package com.leadwire.privacy;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class UnsubscribeMariaDbIntegrationTests extends UnsubscribeContract {
}
