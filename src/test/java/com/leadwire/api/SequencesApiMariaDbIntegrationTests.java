package com.leadwire.api;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class SequencesApiMariaDbIntegrationTests extends SequencesApiContract {
}
