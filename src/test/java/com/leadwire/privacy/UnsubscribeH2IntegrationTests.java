package com.leadwire.privacy;

import com.leadwire.testsupport.OnH2;

@OnH2
class UnsubscribeH2IntegrationTests extends UnsubscribeContract {
}
