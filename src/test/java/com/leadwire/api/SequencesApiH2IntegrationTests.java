package com.leadwire.api;

import com.leadwire.testsupport.OnH2;

@OnH2
class SequencesApiH2IntegrationTests extends SequencesApiContract {
}
