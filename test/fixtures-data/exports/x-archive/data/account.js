window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "comms@example.gov.uk",
      "createdVia" : "web",
      "username" : "RiversideCncl",
      "accountId" : "1234567890",
      "createdAt" : "2011-03-01T09:00:00.000Z",
      "accountDisplayName" : "Riverside Council"
    }
  }
]
