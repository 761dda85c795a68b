package com.leadwire.pipeline;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class StageMovesMariaDbIntegrationTests extends StageMovesContract {
}
