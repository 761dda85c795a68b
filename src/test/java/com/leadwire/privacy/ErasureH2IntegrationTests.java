package com.leadwire.privacy;

import com.leadwire.testsupport.OnH2;

@OnH2
class ErasureH2IntegrationTests extends ErasureContract {
}
