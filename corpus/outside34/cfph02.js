window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "3315902871-1352204418876071936",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1352204418876071936",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "k",
            "mediaUrls" : [ ],
            "senderId" : "3315902871",
            "id" : "1685462797897218276",
            "createdAt" : "2023-07-30T01:30:20.060Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "3315902871",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "wow. forget it",
            "mediaUrls" : [ ],
            "senderId" : "1352204418876071936",
            "id" : "1685461539606969071",
            "createdAt" : "2023-07-30T01:25:20.060Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1352204418876071936",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "lol ok. noted, I'll run all my tweets past you first 🙄",
            "mediaUrls" : [ ],
            "senderId" : "3315902871",
            "id" : "1685461287949530730",
            "createdAt" : "2023-07-30T01:24:20.060Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "3315902871",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "that feels kind of dismissive. I came to you privately on purpose",
            "mediaUrls" : [ ],
            "senderId" : "1352204418876071936",
            "id" : "1685461120428153987",
            "createdAt" : "2023-07-30T01:23:40.120Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1352204418876071936",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "ok well I'm not going to walk on eggshells because you're sensitive about your own tweets",
            "mediaUrls" : [ ],
            "senderId" : "3315902871",
            "id" : "1685460744660791192",
            "createdAt" : "2023-07-30T01:22:10.530Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "3315902871",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "you can. I'm just telling you it hurt. I'm not asking you to delete it",
            "mediaUrls" : [ ],
            "senderId" : "1352204418876071936",
            "id" : "1685460493004380221",
            "createdAt" : "2023-07-30T01:21:10.530Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1352204418876071936",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "and you posted it publicly, I can't respond to public stuff now?",
            "mediaUrls" : [ ],
            "senderId" : "3315902871",
            "id" : "1685460197179889164",
            "createdAt" : "2023-07-30T01:20:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1352204418876071936",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "it was a joke dude. 40 likes, people thought it was funny",
            "mediaUrls" : [ ],
            "senderId" : "3315902871",
            "id" : "1685460113796161304",
            "createdAt" : "2023-07-30T01:19:40.120Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "3315902871",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "I'd really appreciate it if next time you disagree with something I post, you DM me instead of doing it in public",
            "mediaUrls" : [ ],
            "senderId" : "1352204418876071936",
            "id" : "1685459610477835837",
            "createdAt" : "2023-07-30T01:17:40.120Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "3315902871",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "when you quote tweeted my thread about leaving my PhD with \"imagine quitting lol\", I felt really embarrassed. that decision was really hard for me",
            "mediaUrls" : [ ],
            "senderId" : "1352204418876071936",
            "id" : "1685459486370192160",
            "createdAt" : "2023-07-30T01:17:10.530Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1352204418876071936",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "sure",
            "mediaUrls" : [ ],
            "senderId" : "3315902871",
            "id" : "1685459107162292243",
            "createdAt" : "2023-07-30T01:15:40.120Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "3315902871",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "hey, can I bring something up?",
            "mediaUrls" : [ ],
            "senderId" : "1352204418876071936",
            "id" : "1685458352187305845",
            "createdAt" : "2023-07-30T01:12:40.120Z"
          }
        }
      ]
    }
  }
]
