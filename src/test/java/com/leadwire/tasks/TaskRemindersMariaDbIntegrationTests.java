package com.leadwire.tasks;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class TaskRemindersMariaDbIntegrationTests extends TaskRemindersContract {
}
