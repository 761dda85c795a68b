package com.leadwire.leads.figures;

import com.leadwire.testsupport.OnH2;

@OnH2
class LeadFiguresH2IntegrationTests extends LeadFiguresContract {
}
