package com.leadwire.api;

import com.leadwire.testsupport.OnH2;

@OnH2
class DealAccessApiH2IntegrationTests extends DealAccessApiContract {
}
