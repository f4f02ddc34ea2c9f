window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "88012456-1420038172635512833",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1420038172635512833",
            "reactions" : [
              {
                "senderId" : "1420038172635512833",
                "reactionKey" : "funny",
                "eventId" : "1566138656002357903",
                "createdAt" : "2022-09-03T18:58:47.000Z"
              }
            ],
            "urls" : [ ],
            "text" : "don't tell anyone 🤝",
            "mediaUrls" : [ ],
            "senderId" : "88012456",
            "id" : "1566138593086508824",
            "createdAt" : "2022-09-03T18:58:32.696Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "88012456",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fair. so: separate category + sort out consent. we agree more than the timeline would suggest &amp; that's embarrassing for both of us",
            "mediaUrls" : [ ],
            "senderId" : "1420038172635512833",
            "id" : "1566138464780689253",
            "createdAt" : "2022-09-03T18:58:02.106Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1420038172635512833",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "that's the stronger argument honestly. but it's a copyright question more than an art one. courts will decide that, not fair judges",
            "mediaUrls" : [ ],
            "senderId" : "88012456",
            "id" : "1566138089770068502",
            "createdAt" : "2022-09-03T18:56:32.696Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "88012456",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "and the training data question? the models learned from artists who never consented",
            "mediaUrls" : [ ],
            "senderId" : "1420038172635512833",
            "id" : "1566137586451233699",
            "createdAt" : "2022-09-03T18:54:32.696Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1420038172635512833",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "separate categories I can agree with. banning it outright is what I push back on",
            "mediaUrls" : [ ],
            "senderId" : "88012456",
            "id" : "1566137312709249674",
            "createdAt" : "2022-09-03T18:53:27.431Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "88012456",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "DJs aren't entering piano competitions lol. separate categories is all I want",
            "mediaUrls" : [ ],
            "senderId" : "1420038172635512833",
            "id" : "1566136976914195139",
            "createdAt" : "2022-09-03T18:52:07.371Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1420038172635512833",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "ok that's a good line. but then collage artists and DJs are in trouble too",
            "mediaUrls" : [ ],
            "senderId" : "88012456",
            "id" : "1566136725258089948",
            "createdAt" : "2022-09-03T18:51:07.371Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "88012456",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "curation isn't authorship imo. a gallery curator doesn't get credit for the paintings",
            "mediaUrls" : [ ],
            "senderId" : "1420038172635512833",
            "id" : "1566136328159988996",
            "createdAt" : "2022-09-03T18:49:32.696Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1420038172635512833",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "he said he did 600+ iterations and then edited in photoshop. that's a process, just a different one",
            "mediaUrls" : [ ],
            "senderId" : "88012456",
            "id" : "1566136032338710459",
            "createdAt" : "2022-09-03T18:48:22.166Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "88012456",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "photography still needs you to be somewhere, frame it, light it. midjourney doesn't need you to do anything but iterate",
            "mediaUrls" : [ ],
            "senderId" : "1420038172635512833",
            "id" : "1566135675213196267",
            "createdAt" : "2022-09-03T18:46:57.021Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1420038172635512833",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "people said the same thing about photography vs painting in the 1800s. \"it's just pressing a button\"",
            "mediaUrls" : [ ],
            "senderId" : "88012456",
            "id" : "1566135215305629300",
            "createdAt" : "2022-09-03T18:45:07.371Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "88012456",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "the rules didn't anticipate it though. \"digital art\" meant photoshop, not typing a prompt",
            "mediaUrls" : [ ],
            "senderId" : "1420038172635512833",
            "id" : "1566134840293204680",
            "createdAt" : "2022-09-03T18:43:37.961Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1420038172635512833",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "deserved is a strong word. I think the rules allowed it and the judges picked the image they liked best",
            "mediaUrls" : [ ],
            "senderId" : "88012456",
            "id" : "1566134522388185855",
            "createdAt" : "2022-09-03T18:42:22.166Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "88012456",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/U7o3smSa3d",
                "expanded" : "https://twitter.com/88012456/status/1564987312223285249",
                "display" : "twitter.com/88012456/statu…"
              }
            ],
            "text" : "ok so I saw your quote tweet. you really think the Colorado State Fair guy deserved to win? https://t.co/U7o3smSa3d",
            "mediaUrls" : [ ],
            "senderId" : "1420038172635512833",
            "id" : "1566133934933396791",
            "createdAt" : "2022-09-03T18:40:02.106Z"
          }
        }
      ]
    }
  }
]
