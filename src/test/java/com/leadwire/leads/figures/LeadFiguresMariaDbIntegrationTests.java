package com.leadwire.leads.figures;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class LeadFiguresMariaDbIntegrationTests extends LeadFiguresContract {
}
