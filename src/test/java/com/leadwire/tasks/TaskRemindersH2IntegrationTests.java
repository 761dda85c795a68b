package com.leadwire.tasks;

import com.leadwire.testsupport.OnH2;

@OnH2
class TaskRemindersH2IntegrationTests extends TaskRemindersContract {
}
