package com.leadwire.imports;

import com.leadwire.testsupport.OnH2;

@OnH2
class ImportH2IntegrationTests extends ImportContract {
}
