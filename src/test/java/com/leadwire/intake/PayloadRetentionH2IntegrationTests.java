package com.leadwire.intake;

import com.leadwire.testsupport.OnH2;

@OnH2
class PayloadRetentionH2IntegrationTests extends PayloadRetentionContract {
}
