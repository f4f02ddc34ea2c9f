window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1583914407725584390",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [
              {
                "senderId" : "1187766554433221100",
                "reactionKey" : "like",
                "eventId" : "1629863026831152811",
                "createdAt" : "2023-02-26T15:16:41.000Z"
              }
            ],
            "urls" : [ ],
            "text" : "love you guys. ok void screamed into. going to eat cereal for dinner",
            "mediaUrls" : [ ],
            "senderId" : "2459981230",
            "id" : "1629862984885111843",
            "createdAt" : "2023-02-26T15:16:31.643Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "we love you. he's a clown",
            "mediaUrls" : [ ],
            "senderId" : "974312650112344064",
            "id" : "1629862795283461489",
            "createdAt" : "2023-02-26T15:15:46.438Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "I'm deleting all of them tonight. again. until next month probably lol",
            "mediaUrls" : [ ],
            "senderId" : "2459981230",
            "id" : "1629862671170963021",
            "createdAt" : "2023-02-26T15:15:16.848Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "the audacity",
            "mediaUrls" : [ ],
            "senderId" : "1187766554433221100",
            "id" : "1629862503649736879",
            "createdAt" : "2023-02-26T15:14:36.908Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "look at it. \"a green flag I look for: good communicator\" 🙃",
            "mediaUrls" : [ ],
            "senderId" : "2459981230",
            "id" : "1629862419515659883",
            "createdAt" : "2023-02-26T15:14:16.848Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "https://t.co/5qIRmZ1gsu",
            "mediaUrls" : [
              "https://ton.twitter.com/dm/1629862353266155131/1629862342243524219/kX9v2LmQ.jpg"
            ],
            "senderId" : "2459981230",
            "id" : "1629862353266155131",
            "createdAt" : "2023-02-26T15:14:01.053Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "and everyone's like \"it'll happen when you stop looking!!\" ok Deborah",
            "mediaUrls" : [ ],
            "senderId" : "2459981230",
            "id" : "1629862145772532005",
            "createdAt" : "2023-02-26T15:13:11.583Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "ugh I'm sorry",
            "mediaUrls" : [ ],
            "senderId" : "974312650112344064",
            "id" : "1629862000333458062",
            "createdAt" : "2023-02-26T15:12:36.908Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "I genuinely don't know what I'm doing wrong and I hate that that's where my brain goes every time",
            "mediaUrls" : [ ],
            "senderId" : "2459981230",
            "id" : "1629861872031147186",
            "createdAt" : "2023-02-26T15:12:06.318Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "I'm 34 and I've been on these apps for six years. six. I have a whole folder of first-date outfits",
            "mediaUrls" : [ ],
            "senderId" : "2459981230",
            "id" : "1629861704509090565",
            "createdAt" : "2023-02-26T15:11:26.378Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [
              {
                "senderId" : "974312650112344064",
                "reactionKey" : "sad",
                "eventId" : "1629861642959949540",
                "createdAt" : "2023-02-26T15:11:11.000Z"
              }
            ],
            "urls" : [ ],
            "text" : "I'm so tired of this. every time I let myself get a little bit hopeful it's like the universe is collecting on it",
            "mediaUrls" : [ ],
            "senderId" : "2459981230",
            "id" : "1629861559072935416",
            "createdAt" : "2023-02-26T15:10:51.703Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "nooo",
            "mediaUrls" : [ ],
            "senderId" : "1187766554433221100",
            "id" : "1629861368716814576",
            "createdAt" : "2023-02-26T15:10:06.318Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "and today I see him on the app again. same photos. updated prompt. \"looking for something real\"",
            "mediaUrls" : [ ],
            "senderId" : "2459981230",
            "id" : "1629861263248281744",
            "createdAt" : "2023-02-26T15:09:41.173Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "remember hinge guy? three dates, he cooked me dinner, said he wanted me to meet his sister. ghosted. 9 days of nothing",
            "mediaUrls" : [ ],
            "senderId" : "2459981230",
            "id" : "1629861139139851103",
            "createdAt" : "2023-02-26T15:09:11.583Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "ok I need to scream into the void for a minute",
            "mediaUrls" : [ ],
            "senderId" : "2459981230",
            "id" : "1629860971620519559",
            "createdAt" : "2023-02-26T15:08:31.643Z"
          }
        },
        {
          "conversationNameUpdate" : {
            "initiatingUserId" : "1187766554433221100",
            "name" : "sunday scaries ☕",
            "createdAt" : "2023-02-26T15:05:11.583Z"
          }
        }
      ]
    }
  }
]
