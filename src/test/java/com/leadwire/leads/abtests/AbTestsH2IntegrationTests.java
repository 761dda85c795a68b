package com.leadwire.leads.abtests;

import com.leadwire.testsupport.OnH2;

@OnH2
class AbTestsH2IntegrationTests extends AbTestsContract {
}
